#!/usr/bin/env python3
"""Writes a synthetic team export (JSON Lines, as `coach export` writes it) of N visit logs, with
follow-ups raised at some of them (and their status history) and managers' verifications, for the
store benchmarks (`make bench`).

Usage: scripts/gen-team-export.py N OUT.jsonl [--seed S]

Deterministic for a given N and seed. The texts mix Traditional and Simplified Chinese and English
the way a team's journal does; about 2 % of the logs mention 投遞/投递 (delivery), so a search for
it returns a realistic share. Visits spread over 2023-12 .. 2026-11 (about 1/36 in each month).
"""
import json
import random
import sys
import uuid

ACCOUNTS = ["east-post", "riverside-health", "sz-huake"] + [f"account-{n:03d}" for n in range(1, 58)]
VISITORS = ["李明", "Dana Lee", "張偉", "王芳", "陈静", "Tom Baker", "劉洋", "趙磊", "Mia Wong", "孫麗",
            "周強", "吳敏", "鄭浩", "Ken Ito", "馮婷", "陳志明", "黃麗華", "Alex Kim", "林小美", "何建國"]
MANAGERS = ["王經理", "Sarah Chen", "刘经理"]
PEOPLE = ["陳志明", "林主任", "黃科長", "張總", "李處長", "王工", "Mr. Ho", "Ms. Tan", "趙經理", "周秘書",
          "吳會計", "鄭主管", "劉副總", "孫工程師", "Dr. Patel", "何主任"]
DISCUSSED = [
    "年度宣傳計劃與預算安排", "新系統上線的時間表", "月結帳單對不上的問題", "年度框架合同續約",
    "用户培训安排和验收标准", "技术方案的兼容性评估", "采购流程和审批节点", "售后服务响应时间",
    "quarterly business review and renewal", "pilot results and next steps", "pricing for the second phase",
    "integration with their billing system", "競品報價與我們的差距", "部门重组后的新联系人",
]
DELIVERY = ["包裹投遞時效和投遞路線優化", "投递网点的扫描设备", "parcel 投遞 tracking for rural routes"]
OPINIONS = [
    "財務部擔心成本超支", "技术部门倾向于现有供应商", "the user team likes the new dashboard",
    "決策者希望先看試點結果", "采购要求三家比价", "the gatekeeper wants a security review first",
    "使用部門抱怨操作太複雜", "教練型人物願意幫我們引薦",
]
COMMITMENTS = [
    "下週提交修訂方案", "两周内安排技术交流", "send the ROI model by Friday", "月底前安排高層拜訪",
    "提供三個同行案例", "arrange a site visit to a reference customer", "協助準備內部簽報材料",
]
ISSUES = [
    ("月結帳單對不上", "財務部"), ("系统登录偶尔超时", "信息部"), ("培訓名額不足", "人事部"),
    ("invoice format does not match their ERP", "Finance"), ("投遞掃描槍電池續航短", "營運部"),
    ("报表导出中文乱码", "信息部"), ("合同條款需要法務確認", "法務部"), ("delivery of spare parts is late", "Operations"),
]
STATUSES = ["open", "in-progress", "resolved", "customer-informed"]
COMMENTS = ["", "記錄清楚，下次補上預算數字。", "Good notes; confirm the decision date.", "请补充对方的态度。", "跟進及時。"]


def timestamp(day, hour, minute):
    return f"{day}T{hour:02d}:{minute:02d}:00.000Z"


def main():
    args = sys.argv[1:]
    if len(args) < 2 or not args[0].isdigit():
        sys.exit(__doc__)
    count, out = int(args[0]), args[1]
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 13
    rng = random.Random(seed)

    def new_id():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    # The 36 months up to 2026-11, so that nothing is dated after the day the benchmarks run
    # (an import refuses records more than a day in the future).
    months = [(2023, 12)] + [(year, month) for year in (2024, 2025) for month in range(1, 13)] + [(2026, m) for m in range(1, 12)]
    days = [f"{year}-{month:02d}-{day:02d}" for year, month in months for day in range(1, 29)]
    with open(out, "w", encoding="utf-8") as file:
        def emit(item):
            file.write(json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")

        for number in range(count):
            log_id = new_id()
            account = ACCOUNTS[min(int(rng.expovariate(0.08)), len(ACCOUNTS) - 1)]
            visitor = rng.choice(VISITORS)
            day = rng.choice(days)
            hour, minute = rng.randrange(1, 10), rng.randrange(60)
            discussed = rng.choice(DELIVERY) if rng.random() < 0.02 else rng.choice(DISCUSSED)
            content = {
                "visitDate": day, "peopleMet": rng.sample(PEOPLE, rng.randrange(1, 4)), "discussed": discussed,
                "opinions": rng.choice(OPINIONS), "commitments": rng.choice(COMMITMENTS), "findings": [],
            }
            versions = [{"version": 1, "content": content, "editedAt": timestamp(day, hour, minute), "editedBy": visitor}]
            if rng.random() < 0.1:
                edited = dict(content, commitments=content["commitments"] + "；已與對方確認")
                versions.append({"version": 2, "content": edited, "editedAt": timestamp(day, hour + 8, minute), "editedBy": visitor})
            emit({"type": "log", "id": log_id, "account": account, "visitor": visitor,
                  "createdAt": timestamp(day, hour, minute), "versions": versions})
            if rng.random() < 0.3:
                text, department = rng.choice(ISSUES)
                steps = rng.randrange(1, 5)
                history = [{"status": STATUSES[step], "day": day, "at": timestamp(day, hour + step + 1, minute), "by": visitor}
                           for step in range(steps)]
                emit({"type": "follow-up", "id": new_id(), "account": account, "log": log_id, "text": text, "raised": day,
                      "owner": visitor, "department": department, "due": None, "status": STATUSES[steps - 1],
                      "createdAt": timestamp(day, hour, minute), "updatedAt": history[-1]["at"], "history": history})
            if rng.random() < 0.5:
                emit({"type": "verification", "id": new_id(), "kind": "log", "entry": log_id, "entryVersion": len(versions),
                      "verifiedBy": rng.choice(MANAGERS), "verifiedAt": timestamp(day, 23, minute), "comment": rng.choice(COMMENTS)})


if __name__ == "__main__":
    main()
