#!/usr/bin/env bash
# Generates a month (November 2026) of demo work on the demo accounts for two salespeople, 李明
# (east-post) and Dana Lee (riverside-health): visit logs with the issues customers raised, their
# follow-up through to informing the customer, coaching sessions (/prep in the REPL), and a
# manager's (王經理) verification with comments. sz-huake is left unvisited on purpose.
#
# Usage: scripts/demo-journal.sh BIN STORE   (the Makefile's `demo` target runs it)
#
# Deterministic: every log has a stable id (--id) and every action a fixed time (COACH_NOW); the
# sessions are numbered 1-4 in the order below. Running it again on a store that already has the
# month changes nothing.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BIN STORE   (e.g. $0 .build/debug/coach .build/demo/coach.sqlite)" >&2
    exit 2
fi
BIN=$1
STORE=$2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export COACH_CORPUS="${COACH_CORPUS:-$ROOT/corpus}"

coach() { "$BIN" "$@" --store "$STORE"; }
# at DAY TIME CMD...: runs CMD with the clock at DAY TIME in Beijing/Taipei time.
at() {
    local day=$1 time=$2
    shift 2
    COACH_NOW="${day}T${time}+08:00" "$@"
}

if ! coach account show east-post >/dev/null 2>&1; then
    coach account import "$ROOT"/demo/accounts/*.yaml >/dev/null
fi
if coach journal show demo-2026-11-li-01 >/dev/null 2>&1; then
    echo "demo journal: November 2026 is already in $STORE"
    exit 0
fi

# log ID VISITOR ACCOUNT DAY [journal add options...]
log() {
    local id=$1 visitor=$2 account=$3 day=$4
    shift 4
    at "$day" 18:30:00 coach journal add --id "$id" --visitor "$visitor" --account "$account" --date "$day" "$@" >/dev/null
}
# step FOLLOW-UP-ID STATUS DAY BY: moves a follow-up on, on that day.
step() {
    at "$3" 17:00:00 coach followups set "$1" --status "$2" --on "$3" --by "$4" >/dev/null
}
# prep SALESPERSON DAY TIME ACCOUNT ANSWERS...: a /prep session in the REPL, one answer per line
# ("" presses Enter: it confirms what the account file says). The first answer is for the block of
# what the file already knows (/skip asks every question instead); q2d is not asked, it takes q1d's
# answer. Without a final "" the session is left unfinished.
prep() {
    local person=$1 day=$2 time=$3 account=$4
    shift 4
    { echo "/prep $account"; printf '%s\n' "$@"; } | USER="$person" at "$day" "$time" "$BIN" chat --store "$STORE" --lang en >/dev/null
}
# verify KIND ID DAY COMMENT
verify() {
    at "$3" 10:00:00 coach review verify "$1" "$2" --by 王經理 --comment "$4" >/dev/null
}

# --- Coaching sessions -------------------------------------------------------------------------
prep 李明 2026-11-02 09:00:00 east-post /skip \
    "去年漏看組織調整，押錯了人" yes no "" "總經理的行程和關注重點" "每週通一次電話，月底請她喝咖啡" \
    no "" yes "" "" no "" "" yes no yes "每月寄一份回應率摘要給陳主任" ""
prep "Dana Lee" 2026-11-04 16:30:00 riverside-health /skip \
    "Lost a renewal when procurement changed hands" no no none "The evaluation panel and its criteria" \
    "Monthly lunch with Sarah" no "" yes no "" no no "" yes yes no "Send a summary after each meeting" ""
prep 李明 2026-11-20 09:00:00 east-post /skip \
    "報價拖太久被對手搶走" yes yes "" "張處長對成本的真實顧慮" "陪她看一次投遞現場" \
    no "" no "" "" yes "" "" yes yes yes "寄直郵與網路廣告成本對比給張處長" ""
prep "Dana Lee" 2026-11-25 16:00:00 riverside-health /skip \
    "Ignored the IT director until too late" yes no 6 "Priya Nair's priorities for January"

# --- 李明 at 華東郵政分公司 ----------------------------------------------------------------------
log demo-2026-11-li-01 李明 east-post 2026-11-03 \
    --met 陳志明,林美玲 --discussed "年度直郵宣傳計劃，以及營銷中心合併後的預算分配" \
    --opinions "希望每月提供分區回應率報表；對帳單準確度不滿意" \
    --issue "月結帳單與實際投遞量對不上 | 財務部 | 2026-11-17" \
    --commitments "11 月 10 日前送上帳單核對表" \
    --learnt "營銷中心合併後誰管宣傳預算？ => 陳志明主任提案，總經理核定"
log demo-2026-11-li-02 李明 east-post 2026-11-06 \
    --met 吳佩珊 --discussed "王總經理上任後的行程與關注重點" --opinions "總經理只看降本數字，簡報要一頁講完" \
    --commitments "準備一頁降本對照表，請吳秘書看過再呈" \
    --learnt "總經理今年最重視什麼？ => 第一年就交出降本成績"
log demo-2026-11-li-03 李明 east-post 2026-11-10 \
    --met 陳志明,鄭文雄 --discussed "客戶資料庫名單交換流程" --opinions "資訊科希望名單交換改成線上申請" \
    --issue "名單交換需資訊科簽核，流程太慢 | 資訊部 | 2026-11-24" \
    --issue "報刊漏送的社區又出現一次 | 發行部 | +7" \
    --commitments "協調發行部追查漏送原因，週五前回覆"
log demo-2026-11-li-04 李明 east-post 2026-11-13 \
    --met 張淑芬 --discussed "直郵廣告成效怎麼量化" --opinions "張處長認為網路廣告更便宜，主張移轉預算" \
    --issue "希望看到直郵與網路廣告的成本對比 | 數據中心 | 2026-11-27" \
    --commitments "兩週內提供成本對比報告" \
    --learnt "財務處最在意什麼指標？ => 每千人觸達成本"
log demo-2026-11-li-05 李明 east-post 2026-11-18 \
    --met 林美玲,黃國華 --discussed "年終活動的投遞時程" --opinions "黃科長對新架構仍有怨言，但願意配合" \
    --issue "年終活動需要加急投遞 | 投遞部 | 2026-12-05" \
    --commitments "確認投遞部的加急產能"
log demo-2026-11-li-06 李明 east-post 2026-11-24 \
    --met 王建國,陳志明,吳佩珊 --discussed "向王總經理簡報降本方案" \
    --opinions "總經理認可對帳改善，要求明年報價再降" \
    --issue "明年報價需在 12 月中前提出 | 市場部 | 2026-12-15" \
    --commitments "12 月 10 日前提出明年報價" \
    --learnt "總經理最後拍板嗎？ => 是，但會先聽財務處的意見"

# --- Dana Lee at Riverside Health Group ----------------------------------------------------------
log demo-2026-11-dana-01 "Dana Lee" riverside-health 2026-11-04 \
    --met "Sarah Whitfield,Kevin Moss" --discussed "Appointment letters arriving late in the North district" \
    --opinions "They want to track every letter to the door" \
    --issue "North district letters arrive after the appointment date | Delivery operations | 2026-11-14" \
    --commitments "Send a delivery-time report by 11 November" \
    --learnt "Who signs off the budget? => David Okafor, above 250k"
log demo-2026-11-dana-02 "Dana Lee" riverside-health 2026-11-09 \
    --met "David Okafor,James Porter" --discussed "Cost per letter against the patient portal" \
    --opinions "Wants hybrid mail priced per page" \
    --issue "Cost per letter comparison with the patient portal | Sales support | 2026-11-20" \
    --commitments "Quote per page by 16 November"
log demo-2026-11-dana-03 "Dana Lee" riverside-health 2026-11-12 \
    --met "Tom Brennan" --discussed "Sending letters triggered from the patient portal" \
    --opinions "Every patient message should go through the portal first" \
    --issue "An API for portal-triggered letters | IT integration | 2026-12-10" \
    --commitments "Run a technical workshop with his team"
log demo-2026-11-dana-04 "Dana Lee" riverside-health 2026-11-19 \
    --met "Sarah Whitfield,Linda Alvarez" --discussed "Reminder letters for the outpatient clinics" \
    --opinions "Clinics would like large-print letters for older patients" \
    --issue "Large-print letters for the eye clinic | Sales support | +10" \
    --commitments "Samples of large-print letters next week" \
    --learnt "Who runs the outpatient clinics day to day? => Linda Alvarez, reporting to Priya Nair"
log demo-2026-11-dana-05 "Dana Lee" riverside-health 2026-11-26 \
    --met "Priya Nair,Sarah Whitfield" --discussed "The regulator's findings and what changes in January" \
    --opinions "Priya wants one supplier accountable end to end" \
    --commitments "Draft a service-level proposal by 3 December" \
    --learnt "What does the new COO want first? => One accountable supplier and a weekly report"

# --- Follow-up: each issue until the customer is told the result -------------------------------
step "demo-2026-11-li-01#1" in-progress 2026-11-05 李明
step "demo-2026-11-li-01#1" resolved 2026-11-12 李明
step "demo-2026-11-li-01#1" customer-informed 2026-11-14 李明
step "demo-2026-11-li-03#1" in-progress 2026-11-12 李明
step "demo-2026-11-li-03#2" resolved 2026-11-15 李明
step "demo-2026-11-li-03#2" customer-informed 2026-11-18 李明
step "demo-2026-11-li-04#1" in-progress 2026-11-14 李明
step "demo-2026-11-li-04#1" resolved 2026-11-26 李明
step "demo-2026-11-dana-01#1" in-progress 2026-11-05 "Dana Lee"
step "demo-2026-11-dana-01#1" resolved 2026-11-13 "Dana Lee"
step "demo-2026-11-dana-01#1" customer-informed 2026-11-17 "Dana Lee"
step "demo-2026-11-dana-02#1" resolved 2026-11-16 "Dana Lee"
step "demo-2026-11-dana-02#1" customer-informed 2026-11-18 "Dana Lee"
step "demo-2026-11-dana-03#1" in-progress 2026-11-20 "Dana Lee"

# --- The manager's month-end review -----------------------------------------------------------
verify log demo-2026-11-li-01 2026-11-27 "帳單問題處理得快。核對表也給財務處張處長一份。"
verify log demo-2026-11-li-02 2026-11-27 "吳佩珊是關鍵教練，保持每週聯繫。"
verify log demo-2026-11-li-04 2026-11-27 "張處長在意的是成本：對比報告要用她的指標（每千人觸達成本）。"
verify log demo-2026-11-dana-01 2026-11-27 "Good follow-through on the North district. Share the report with Margaret Chen's office."
verify log demo-2026-11-dana-02 2026-11-27 "Per-page pricing is fine, but show the total cost of ownership."
verify session 1 2026-11-28 "準備充分。王總經理還沒見過，請透過吳佩珊安排。"
verify session 2 2026-11-28 "No coach yet: Sarah Whitfield could become one. Cultivate her."

# 李明 adds to a log after it was verified: a new version; the verified one is kept.
at 2026-11-28 11:00:00 coach journal edit demo-2026-11-li-04 --by 李明 \
    --learnt "財務處最在意什麼指標？ => 每千人觸達成本" \
    --learnt "預算何時定案？ => 十二月第二週的處務會議" >/dev/null

echo "demo journal: November 2026 generated in $STORE (11 visit logs, 4 coaching sessions, 10 follow-ups)"
