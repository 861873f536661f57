#!/usr/bin/env python3
"""Writes the labelled PII corpus (shared/src/test/resources/pii-corpus/*.jsonl).

The messages are hand-written customer-service templates; the personal values are generated with
real check digits (GB 11643 for resident ids, Luhn for cards) from a fixed seed, so the committed
files are reproducible: `python3 shared/src/test/corpus/generate_pii_corpus.py`.
Spans are [start, end) offsets in UTF-16 code units (the corpus has no characters outside the BMP).
"""
import json
import random
import re
from pathlib import Path

rnd = random.Random(20261130)
OUT = Path(__file__).resolve().parent.parent / "resources" / "pii-corpus"

# ---------------------------------------------------------------- value generators
AREAS = ["110105", "110108", "310115", "310104", "440305", "440106", "330106", "510107", "320102",
         "420111", "370202", "500103", "610113", "210102", "350203", "430104", "120101", "230103"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def cn_id(year=None):
    y = year or rnd.randint(1950, 2006)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    body = f"{rnd.choice(AREAS)}{y:04d}{m:02d}{d:02d}{rnd.randint(0, 999):03d}"
    return body + C[sum(int(a) * b for a, b in zip(body, W)) % 11]


def cn_id_bad_check():
    good = cn_id()
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + rnd.choice(wrong)


def cn_id15():
    y, m, d = rnd.randint(40, 99), rnd.randint(1, 12), rnd.randint(1, 28)
    return f"{rnd.choice(AREAS)}{y:02d}{m:02d}{d:02d}{rnd.randint(0, 999):03d}"


def luhn_complete(prefix, length):
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_fail(prefix, length):
    card = luhn_complete(prefix, length)
    return card[:-1] + str((int(card[-1]) + rnd.randint(1, 9)) % 10)


CARD_KINDS = [("622202", 19), ("621700", 19), ("622848", 19), ("621483", 16), ("622588", 16),
              ("4", 16), ("52", 16), ("5425", 16), ("37", 15), ("3528", 16), ("6226", 16), ("4", 13)]


def card():
    prefix, length = rnd.choice(CARD_KINDS)
    digits = luhn_complete(prefix, length)
    style = rnd.random()
    if length == 15 and style < 0.5:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    if style < 0.4:
        return digits
    sep = " " if style < 0.8 else "-"
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def digits(n):
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))


def mobile():
    n = rnd.choice(["13", "15", "17", "18", "19", "16", "14"]) + str(rnd.randint(0, 9)) + digits(8)
    return rnd.choice([n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}",
                       f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86{n}", f"0086 {n}", f"+86-{n[:3]}-{n[3:7]}-{n[7:]}",
                       f"(+86) {n}"])


def landline():
    area = rnd.choice(["010", "021", "020", "022", "023", "0755", "0571", "0512", "028", "0532", "025"])
    local = str(rnd.randint(2, 8)) + digits(7 if len(area) == 3 else rnd.choice([6, 7]))
    half = len(local) - 4
    return rnd.choice([f"{area}-{local}", f"({area}) {local[:half]} {local[half:]}", f"（{area}）{local}",
                       f"{area} {local[:half]} {local[half:]}", f"{area}-{local[:half]}-{local[half:]}",
                       f"{area}{local}"])


def intl():
    return rnd.choice([
        f"+1 ({rnd.randint(201, 989)}) 555-{digits(4)}", f"+1 {rnd.randint(201, 989)}-555-{digits(4)}",
        f"+1{rnd.randint(201, 989)}555{digits(4)}", f"+44 20 {rnd.randint(7000, 8999)} {digits(4)}",
        f"+44 7700 {digits(6)}", f"+81-3-{digits(4)}-{digits(4)}", f"+81 90-{digits(4)}-{digits(4)}",
        f"+852 {rnd.choice('569')}{digits(3)} {digits(4)}", f"+65 {rnd.choice('689')}{digits(3)} {digits(4)}",
        f"+49 30 {digits(8)}", f"+61 2 {digits(4)} {digits(4)}", f"0044 20 {rnd.randint(7000, 8999)} {digits(4)}",
        f"+886 912 {digits(3)} {digits(3)}", f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])


def us_domestic():
    a, b = rnd.randint(201, 989), rnd.randint(200, 999)
    return rnd.choice([f"({a}) {b}-{digits(4)}", f"{a}-{b}-{digits(4)}", f"{a}.{b}.{digits(4)}"])


def email():
    user = rnd.choice(["wei.zhang", "lily_chen88", "tom.baker+orders", "j.smith", "xiaoming2026", "Anna.Lee",
                       "liu.yang", "mike-obrien", "zhao_lei", "sarah.k", "wangfang1990", "chen.jie.work",
                       "dmitri.p", "hello", "kevin_w", "yu.xin"])
    domain = rnd.choice(["example.com", "qq.com", "163.com", "gmail.com", "outlook.com", "company.co.uk",
                         "foxmail.com", "mail.example.cn", "yahoo.com.hk", "icloud.com", "126.com"])
    return f"{user}@{domain}"


def passport():
    return rnd.choice([f"E{digits(8)}", f"E{rnd.choice('ABCDEFGHJK')}{digits(7)}", f"G{digits(8)}",
                       f"{digits(9)}", f"{rnd.choice('CKPHN')}{digits(8)}", f"E{digits(8)}"])


ZH_ADDR = ["上海市浦东新区世纪大道100号5栋1203室", "北京市朝阳区建国路88号", "朝阳区建国路88号SOHO现代城3号楼2单元501",
           "广东省深圳市南山区高新南一道9号", "杭州市西湖区文三路478号华星时代广场A座1201", "浙江省杭州市余杭区文一西路969号",
           "长宁区愚园路1088弄5号602室", "成都市武侯区天府大道北段1700号", "南京市鼓楼区中山北路30号",
           "广州市天河区天河路385号", "武汉市洪山区珞喻路1037号", "北京市海淀区中关村大街27号",
           "江苏省苏州市工业园区星湖街328号", "天津市和平区南京路189号", "重庆市渝中区解放碑民族路166号",
           "西安市雁塔区小寨东路126号", "福建省厦门市思明区湖滨南路88号", "上海市徐汇区漕溪北路595号2号楼1801室",
           "深圳市福田区福华三路 88 号", "青岛市市南区香港中路 10 号 3 单元 402", "海淀区学院路35号院2号楼1门301",
           "长沙市岳麓区麓山南路932号", "徐汇区肇嘉浜路1065号甲座18楼", "大连市中山区人民路23号",
           "沈阳市和平区南京北街206号", "济南市历下区泉城路180号"]
EN_ADDR = ["221B Baker Street", "1600 Amphitheatre Parkway, Mountain View, CA 94043", "350 Fifth Avenue, New York, NY 10118",
           "10 Downing Street", "742 Evergreen Terrace", "1 Infinite Loop, Cupertino, CA 95014",
           "55 Water St, Apt 4B", "12 Kensington High Street, London W8 5SA", "400 Broad St, Seattle, WA 98109",
           "88 Collins Street, Melbourne VIC 3000", "1200 Park Avenue", "77 Massachusetts Ave, Cambridge, MA 02139",
           "30 Rockefeller Plaza", "4059 Mt Lee Drive", "2100 Pennsylvania Avenue NW", "15 Queen's Road Central",
           "500 Oracle Parkway", "9 Elm Road", "1180 Seven Seas Dr, Lake Buena Vista, FL 32830",
           "233 S Wacker Dr, Chicago, IL 60606", "18 Orchard Road", "27 Lombard Lane", "3 Abbey Road",
           "100 Century Avenue, Pudong, Shanghai", "620 Eighth Avenue"]

GEN = {"PHONE_CN": mobile, "PHONE_LAND": landline, "PHONE_INTL": intl, "PHONE_US": us_domestic,
       "EMAIL": email, "CN_ID": cn_id, "CN_ID15": cn_id15, "BANK_CARD": card, "PASSPORT": passport,
       "ADDRESS_ZH": lambda: rnd.choice(ZH_ADDR), "ADDRESS_EN": lambda: rnd.choice(EN_ADDR)}
TYPE = {"PHONE_CN": "PHONE", "PHONE_LAND": "PHONE", "PHONE_INTL": "PHONE", "PHONE_US": "PHONE",
        "CN_ID15": "CN_ID", "ADDRESS_ZH": "ADDRESS", "ADDRESS_EN": "ADDRESS"}

# Look-alikes that fill the {…} slots in lower case: never labelled.
NEAR = {
    "order": lambda: rnd.choice([f"2026{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{digits(4)}",
                                 f"RP-2026-{digits(6)}", f"2026{rnd.randint(10, 12)}{rnd.randint(10, 28)}{digits(8)}",
                                 f"DD2026{digits(10)}", f"E2026{digits(10)}", f"{digits(3)}-{digits(7)}-{digits(7)}"]),
    "track": lambda: rnd.choice([f"SF{digits(13)}", f"YT{digits(13)}", f"JDX{digits(12)}", f"75{digits(12)}",
                                 f"1Z{digits(3)}AA{digits(10)}", f"773{digits(12)}", f"ZTO{digits(12)}"]),
    "price": lambda: rnd.choice([f"¥{rnd.randint(9, 9999)}.00", f"${rnd.randint(5, 999)}.99", f"￥{rnd.randint(20, 900)}",
                                 f"{rnd.randint(1, 9)},{digits(3)}元", f"USD {rnd.randint(1, 3)},{digits(3)}.00"]),
    "date": lambda: rnd.choice([f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                                f"2026年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日", f"{rnd.randint(1, 12)}月{rnd.randint(1, 28)}号",
                                f"{rnd.randint(1, 12)}/{rnd.randint(1, 28)}/2026", f"2026/{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}"]),
    "time": lambda: rnd.choice(["8:00", "14:30", "09:15", "18:00-20:00", "9:30 AM", "下午3点"]),
    "sku": lambda: rnd.choice(["SKU-PH-X200", "SKU-TV-55Q7", "SKU 100234", "WH-1000XM5", "RTX 4090", "XPS 13 9340",
                               "A2894", "KD-65X85L", "SM-S9280", "MQ8N3CH/A"]),
    "luhnfail": lambda: luhn_fail(rnd.choice(["6222", "4", "5425", "6217"]), rnd.choice([16, 19])),
    "idbad": cn_id_bad_check,
    "member": lambda: f"{rnd.choice(['88', '66', 'VIP'])}{digits(8)}",
    "invoice": lambda: f"{digits(20)}",
}


# ---------------------------------------------------------------- templates
ZH_POS = [
    ("我的手机号是{PHONE_CN}，快递到了请打给我。", 5),
    ("订单{order}还没发货，麻烦联系我：{PHONE_CN}", 3),
    ("你好，我换号码了，新的手机是 {PHONE_CN}，旧的不用了。", 2),
    ("座机{PHONE_LAND}，工作日白天有人接。", 4),
    ("公司电话 {PHONE_LAND}，发票寄到公司就行。", 3),
    ("收货人张伟，电话{PHONE_CN}，地址{ADDRESS_ZH}。", 4),
    ("请把货送到{ADDRESS_ZH}，谢谢！", 4),
    ("我搬家了，新地址是{ADDRESS_ZH}，之前的订单还能改吗？", 3),
    ("寄到{ADDRESS_ZH}，收件人李娜 {PHONE_CN}", 3),
    ("我现在在国外，打这个号码 {PHONE_INTL} 吧。", 4),
    ("邮箱是{EMAIL}，电子发票发这里。", 4),
    ("发票抬头个人，邮箱 {EMAIL}，金额{price}。", 2),
    ("退款没到账，我的卡号是{BANK_CARD}，{date}申请的。", 4),
    ("麻烦退到这张卡：{BANK_CARD}（工商银行）", 3),
    ("银行卡 {BANK_CARD} 扣了两次款，订单号{order}", 3),
    ("实名认证一直失败，身份证号{CN_ID}，名字是王芳。", 4),
    ("身份证：{CN_ID}，请帮我核实一下。", 3),
    ("报关需要身份证号码，我的是 {CN_ID}", 3),
    ("我用的是老身份证，号码{CN_ID15}，系统说格式不对。", 3),
    ("旧版15位身份证 {CN_ID15} 能注册吗？", 2),
    ("护照号码{PASSPORT}，海外直邮清关要用。", 3),
    ("我的护照号是 {PASSPORT}，机票改签麻烦处理下。", 3),
    ("实名信息：身份证{CN_ID}，手机{PHONE_CN}，邮箱{EMAIL}", 2),
    ("卡号{BANK_CARD}，预留手机{PHONE_CN}，为什么绑不上？", 2),
    ("{date}下单的，送货地址填错了，应该是{ADDRESS_ZH}，电话{PHONE_LAND}", 2),
    ("香港的朋友代收，电话{PHONE_INTL}，邮箱{EMAIL}", 2),
    ("我的微信绑定手机{PHONE_CN}，商品{sku}还有货吗？", 2),
    ("我叫陈静，身份证{CN_ID}，电话{PHONE_CN}，要开增值税发票。", 2),
    ("刚才说错了，卡号应该是{BANK_CARD}。", 2),
    ("老人用的是15位的身份证号{CN_ID15}，帮忙登记一下。", 2),
    ("买境外旅行险要护照，护照号{PASSPORT}，{date}出发。", 2),
    ("麻烦寄到公司：{ADDRESS_ZH}，前台代收。", 3),
    ("手机{PHONE_CN}打不通的话打我家座机{PHONE_LAND}", 2),
    ("我的邮箱{EMAIL}收不到验证码", 2),
    ("请联系我的同事，邮箱 {EMAIL} 或者电话 {PHONE_LAND}。", 2),
]
ZH_NEAR = [
    ("我的订单号是{order}，什么时候发货？", 6),
    ("快递单号{track}，三天没更新了。", 5),
    ("这个{sku}现在多少钱？页面显示{price}。", 4),
    ("{date} {time}之前能送到吗？", 4),
    ("我买了3件，只收到2件，订单{order}。", 3),
    ("会员号{member}，积分怎么查？", 3),
    ("优惠券满{price}减50，为什么用不了？", 2),
    ("退款{price}什么时候到账？银行卡尾号{last4}。", 3),
    ("发票号码{invoice}，抬头写错了。", 2),
    ("这串数字{luhnfail}是什么？短信里看到的。", 3),
    ("系统里登记的编号是{idbad}，跟我的对不上。", 3),
    ("我在南京路的门店买的，能退吗？", 1),
    ("你们在中关村大街有实体店吗？", 1),
    ("客服热线400-820-8820一直占线。", 1),
    ("型号{sku}和{sku}有什么区别？", 2),
    ("预计{date}到货，大概{time}左右。", 2),
    ("我知道3号会到，不用催了。", 1),
    ("身份证号已经脱敏显示为110105********002X了，对吗？", 1),
    ("第2单元的货和第5栋的一起送吗？我们是团购。", 1),
    ("我住在浦东新区，附近有自提点吗？", 1),
    ("运单{track}和订单{order}是同一个包裹吗？", 2),
    ("{sku}的充电器是多少瓦的？", 2),
    ("第3次联系你们了，订单{order}还是没人处理。", 2),
    ("能不能{date}下午送？{time}以后家里有人。", 2),
    ("总共{price}，用了两张券，实付{price}。", 2),
    ("银行卡号我就不发了，尾号{last4}。", 2),
    ("商品编码{sku}，库存显示0。", 2),
    ("取件码 8-2-3041，柜子在3号门。", 1),
    ("验证码是 482913，可以吗？", 1),
]
EN_POS = [
    ("Hi, my phone number is {PHONE_US}, please call me when the courier arrives.", 4),
    ("You can reach me at {PHONE_INTL} (I'm travelling this week).", 5),
    ("My number changed to {PHONE_INTL}. Order {order} is still pending.", 3),
    ("Please text {PHONE_CN} if there is a problem with delivery.", 2),
    ("Contact email: {EMAIL}. I never got the receipt for {price}.", 4),
    ("Send the invoice to {EMAIL} please, and cc {EMAIL}.", 2),
    ("Ship it to {ADDRESS_EN} instead of my office.", 5),
    ("My address is {ADDRESS_EN}. The parcel {track} went somewhere else.", 4),
    ("I moved to {ADDRESS_EN} last month, can you update my account?", 3),
    ("The refund should go to my card {BANK_CARD}, not store credit.", 4),
    ("I was charged twice on card {BANK_CARD} for order {order}.", 3),
    ("Card number {BANK_CARD}, expiry 08/29. Why was it declined?", 3),
    ("My passport number is {PASSPORT}, needed for the customs form.", 4),
    ("Passport No. {PASSPORT} - the booking shows the wrong one.", 2),
    ("For the cross-border order my Chinese ID is {CN_ID}.", 3),
    ("Customs asked for my resident ID: {CN_ID}", 2),
    ("Deliver to {ADDRESS_EN}, call {PHONE_US} at the door.", 3),
    ("Name: Emily Clark, phone {PHONE_INTL}, email {EMAIL}", 3),
    ("I live at {ADDRESS_EN} and the {sku} arrived broken.", 2),
    ("My office line is {PHONE_LAND} in Shanghai, mobile {PHONE_CN}.", 2),
    ("Can you email the label to {EMAIL}? Thanks!", 2),
    ("Billing address {ADDRESS_EN}, card ending in {last4} - wait, full number is {BANK_CARD}.", 2),
    ("Please update my contact: {EMAIL} / {PHONE_US}", 2),
    ("Hotel address for delivery: {ADDRESS_ZH}, room under Smith.", 2),
    ("Sorry, typo: the card is {BANK_CARD}.", 2),
    ("Reach me on WhatsApp {PHONE_INTL}.", 3),
    ("I'm at {ADDRESS_EN}, ring the bell twice.", 3),
    ("My wife's passport is {PASSPORT} and my passport is {PASSPORT}.", 2),
    ("email me: {EMAIL}", 2),
    ("My old 15-digit ID card number is {CN_ID15}, will it work?", 2),
]
EN_NEAR = [
    ("Where is my order {order}? It said delivered on {date}.", 6),
    ("Tracking {track} hasn't moved since {date}.", 5),
    ("Is the {sku} still {price}? It was cheaper yesterday.", 4),
    ("I ordered 3 boxes of 12 and got only 2.", 1),
    ("Can it arrive before {time} on {date}?", 3),
    ("My loyalty number is {member}, where are my points?", 3),
    ("The receipt shows {price} but I was quoted {price}.", 3),
    ("What does the code {luhnfail} on my receipt mean?", 3),
    ("Model {sku} vs {sku}: which has the better battery?", 2),
    ("I waited 2 hours on the road for the courier.", 1),
    ("I walked down Baker Street and saw your store, do you have the {sku}?", 1),
    ("Card ending in {last4} was charged {price}.", 3),
    ("The reference {idbad} in the email doesn't match anything.", 2),
    ("Call your hotline 400-820-8820? It just rings.", 1),
    ("Batch {order}, 500ml bottles, 24 per case.", 2),
    ("Firmware v2.3.14 on the {sku} keeps rebooting at 8:00 every day.", 1),
    ("Delivery window {time}, order placed {date}.", 2),
    ("Is size 42 in stock for {sku}?", 2),
    ("Your store on 5th Avenue was closed at {time}.", 1),
    ("The verification code 482913 expired.", 1),
    ("I paid {price} on {date} at {time}.", 3),
    ("Return label RMA-{member} was rejected.", 2),
    ("Order {order} and order {order} should ship together.", 2),
]


def render(template):
    text, spans = "", []
    for part in re.split(r"(\{[A-Za-z_0-9]+\})", template):
        m = re.fullmatch(r"\{([A-Za-z_0-9]+)\}", part)
        if not m:
            text += part
            continue
        slot = m.group(1)
        if slot == "last4":
            text += digits(4)
        elif slot in NEAR:
            text += NEAR[slot]()
        else:
            value = GEN[slot]()
            spans.append({"type": TYPE.get(slot, slot), "start": len(text), "end": len(text) + len(value),
                          "text": value})
            text += value
    return {"text": text, "spans": spans}


def write(name, lang, templates):
    rows = []
    for template, times in templates:
        for _ in range(times):
            row = render(template)
            rows.append({"id": f"{name}-{len(rows) + 1:03d}", "lang": lang, **row})
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    total = 0
    for name, lang, templates in [("zh-pii", "zh", ZH_POS), ("zh-near-miss", "zh", ZH_NEAR),
                                  ("en-pii", "en", EN_POS), ("en-near-miss", "en", EN_NEAR)]:
        rows = write(name, lang, templates)
        total += len(rows)
        print(name, len(rows), "snippets,", sum(len(r["spans"]) for r in rows), "spans")
    print("total", total)


# ---------------------------------------------------------------- free-form messages
# Written one by one, without templates, the way customers actually type; [[TYPE|value]] marks a
# label, and @ID18 / @ID15 / @CARD:prefix:length:style stand for a generated valid number.
ZH_FREE = [
    "您好，我是上周买洗碗机的，收货电话写错了，正确的是[[PHONE|139 0123 4567]]，麻烦改一下",
    "地址：[[ADDRESS|北京市丰台区南三环西路16号搜宝商务中心2号楼1508]]，周末家里没人，放快递柜就行",
    "收件人：刘洋 [[PHONE|+86 186-1234-0098]] [[ADDRESS|江苏省南京市江宁区秣陵街道胜太路58号]]",
    "发错货了！！我订的是黑色，寄来白色，退货寄到哪？我的电话[[PHONE|15900001111]]",
    "能开专票吗，公司税号91310115MA1K3XXXXX，邮箱[[EMAIL|caiwu@shengda-tech.com]]",
    "我妈妈的老身份证号是[[CN_ID|@ID15]]，她没有手机，能用我的号[[PHONE|13761234987]]登记吗",
    "支付宝付款失败，换成建行卡[[BANK_CARD|@CARD:621700:19:dash]]试试",
    "我的信用卡[[BANK_CARD|@CARD:4:16:space]]被扣了¥3,299.00但订单显示未支付",
    "护照上的号码是[[PASSPORT|EB2345678]]，姓名拼音ZHANG SAN",
    "之前留的座机[[PHONE|0571-87654321]]不用了，以后联系[[EMAIL|zhangsan_1990@126.com]]",
    "送到[[ADDRESS|广州市海珠区新港中路397号]]，到了打[[PHONE|020-8888 6666]]找前台",
    "我在深圳，地址是[[ADDRESS|南山区科技南十二路2号金蝶软件园B栋8楼]]",
    "身份证号码：[[CN_ID|@ID18]]（用于海关清关）",
    "亲，我的手机尾号是5678，能查到我的订单吗",
    "请问[[ADDRESS|成都市高新区天府三街199号]]附近有门店吗",
    "快递员电话是多少？单号YT7598412345678，一直显示派送中",
    "订单号：4200001234202611241234567890 退款到哪了",
    "我买的iPhone 15 Pro Max 256G，序列号F2LXK0ABCD12，保修到什么时候",
    "12月12号晚上8点抢的券，满299减50没用上",
    "总价¥12,999，分12期每期1083.25",
    "我的会员卡号是8800 1234 5678，积分好像少了",
    "已经打了三次400-800-1234都没人接",
    "家里电话[[PHONE|(010) 6552-9988]]，手机[[PHONE|18600001234]]",
    "邮件发到[[EMAIL|li.ming@company.com.cn]]或者[[EMAIL|ming.li@gmail.com]]都行",
    "我叫王小明，身份证[[CN_ID|@ID18]]，住[[ADDRESS|上海市闵行区七宝镇漕宝路3366号]]",
    "银行卡号 [[BANK_CARD|@CARD:622848:19:plain]] 户名 李四 开户行 农行北京分行",
    "第二次下单，地址同上次：[[ADDRESS|西湖区文二路391号西湖国际科技大厦A座]]",
    "寄回地址写的是[[ADDRESS|浙江省宁波市鄞州区天童南路588号]]对吗？",
    "我国外的号码[[PHONE|+1 646 555 0199]]，微信也是这个",
    "尺码要42码的，3双，一共¥897",
    "房间号1203，酒店前台代收",
    "运费险理赔到哪张卡了？尾号6688",
    "这个型号SN-2024X-88和SN-2024X-99哪个好",
    "我的订单202611241123456789一直没发货，都一个星期了",
    "请核对收货信息：[[ADDRESS|重庆市江北区观音桥步行街6号]]，电话[[PHONE|023-6789 1234]]",
    "我护照快过期了，号码[[PASSPORT|E98765432]]，新护照还没下来",
    "退款请打到[[BANK_CARD|@CARD:622588:16:space]]，招商银行的",
    "手机号[[PHONE|188 0000 9999]]，身份证后四位1234，帮我查下实名",
    "2026年11月24日 14:30 下的单，金额¥2,580.00，现在还没有物流信息",
    "我家在[[ADDRESS|天津市南开区卫津路94号]]，能送货上门吗",
    "手机：[[PHONE|１３８１２３４５６７８]]（全角输入的，不好意思）",
    "电话[[PHONE|138.1234.5678]]，白天都在",
    "地址[[ADDRESS|朝阳区望京街道阜通东大街6号院三号楼1单元1101]]",
    "身份证 [[CN_ID|@ID18]]，姓名 赵敏，手机 [[PHONE|177 1234 5678]]",
    "麻烦把发票寄到[[ADDRESS|苏州市姑苏区人民路1208号]]，抬头苏州某某有限公司",
    "我的QQ邮箱[[EMAIL|12345678@qq.com]]，订单1123334455",
]
EN_FREE = [
    "hey, can someone call me back? [[PHONE|(917) 555-0143]] — thanks",
    "My new address: [[ADDRESS|Apt 12C, 240 East 54th Street, New York, NY 10022]]",
    "Please send the replacement to [[ADDRESS|14 Maple Avenue, Toronto, ON M4W 1A5]]",
    "I live at [[ADDRESS|42 Wallaby Way, Sydney NSW 2000]].",
    "card: [[BANK_CARD|@CARD:5425:16:space]] exp 11/28",
    "Email me at [[EMAIL|Jane.Doe@Example.org]] instead, my work email bounces",
    "My UK mobile is [[PHONE|+44 7911 123456]]",
    "Call my office [[PHONE|+44 (0)20 7123 4567]] ext 204",
    "Passport: [[PASSPORT|548102937]] (US), expires 2031",
    "The courier left it at [[ADDRESS|1200 Park Avenue]] but I'm at [[ADDRESS|1200 Park Place]]",
    "Order #RP-2026-004512 was $129.99 and I was charged $259.98",
    "Tracking number 1Z999AA10123456784 shows delivered 11/24",
    "I need 2 of SKU-PH-X200 and 1 of SKU-TV-55Q7, delivered by Dec 3",
    "Please refund to my Visa [[BANK_CARD|@CARD:4:16:dash]]",
    "my chinese id is [[CN_ID|@ID18]] if you need it for the customs declaration",
    "Reach me on [[PHONE|+61 412 345 678]] (Australia) or [[EMAIL|b.nguyen@outlook.com.au]]",
    "Your website says 4.5 stars from 12,345 reviews - is that real?",
    "I called 1-800-555-0199 three times and nobody picked up",
    "Deliver to my work: [[ADDRESS|500 Terry Francois Blvd, San Francisco, CA 94158]], 3rd floor reception",
    "The box says model A2894, serial C02XG0AAJGH5",
    "Born 1990-05-17, member since 2015 - still no birthday coupon",
    "Gate code is 4521, building 7, just leave it by the door",
    "Please use my HK number [[PHONE|+852 6123 4567]] for WhatsApp",
    "I typed my card wrong, it's [[BANK_CARD|@CARD:37:15:amex]] (Amex)",
    "ship to [[ADDRESS|10 Downing St, London SW1A 2AA]]",
    "flight CA981 on 12/02 at 13:05, seat 32K - can it be delivered to the airport?",
    "Paid with Apple Pay, transaction ID 3F2A-99B1-0C44",
    "The invoice INV-2026-11-0042 total is USD 2,450.00",
    "Hi I'm at [[ADDRESS|77 Sunset Boulevard]] apartment 5, the driver couldn't find it",
    "My passport number is [[PASSPORT|G12345678]] and my ID number is [[CN_ID|@ID18]]",
    "Can you text me at [[PHONE|+1 (312) 555-0177]]? I can't take calls at work",
    "I'd like 3 x 500ml and 2 x 1L bottles",
    "Version 16.4.1 of the app crashes on my phone",
    "my number is [[PHONE|13912345678]], I'm in Shanghai for work",
    "Order 113-4455667-8899001 arrived damaged, box was open",
    "Is the 65 inch one (KD-65X85L) $1,299 or $1,499?",
    "it's [[EMAIL|m.garcia@empresa.es]], please resend the code",
    "Send it to [[ADDRESS|1 Raffles Place]], Singapore, I'm there till Friday",
    "Just moved, new place is [[ADDRESS|9 Oak Lane]]. Old one was [[ADDRESS|31 Elm Street]]",
    "The charge of $49.99 on 11/24/2026 at 8:00 PM was not me",
    "address is [[ADDRESS|221b baker street]], london",
    "Office: [[ADDRESS|No. 88 Jianguo Road, Chaoyang District, Beijing]]",
    "phone: [[PHONE|415.555.0132]] or [[PHONE|+86 21 6123 4567]] when I'm in China",
    "Please bill [[BANK_CARD|@CARD:4:16:plain]], the one ending 0001 expired",
    "customs form asks for passport no, mine is [[PASSPORT|E12398765]]",
    "Order 5567 (2 items) - left at [[ADDRESS|16 Pine St]]? I never got it",
]


def value_of(spec):
    if spec == "@ID18":
        return cn_id()
    if spec == "@ID15":
        return cn_id15()
    if spec.startswith("@CARD:"):
        _, prefix, length, style = spec.split(":")
        d = luhn_complete(prefix, int(length))
        if style == "space":
            return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        if style == "dash":
            return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
        if style == "amex":
            return f"{d[:4]} {d[4:10]} {d[10:]}"
        return d
    return spec


def render_marked(line):
    text, spans = "", []
    for part in re.split(r"(\[\[[A-Z_]+\|[^\]]+\]\])", line):
        m = re.fullmatch(r"\[\[([A-Z_]+)\|([^\]]+)\]\]", part)
        if not m:
            text += part
            continue
        value = value_of(m.group(2))
        spans.append({"type": m.group(1), "start": len(text), "end": len(text) + len(value), "text": value})
        text += value
    return {"text": text, "spans": spans}


def write_free(name, lang, lines):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for i, line in enumerate(lines):
            f.write(json.dumps({"id": f"{name}-{i + 1:03d}", "lang": lang, **render_marked(line)},
                               ensure_ascii=False) + "\n")
    print(name, len(lines), "snippets")


if __name__ == "__main__":
    write_free("zh-freeform", "zh", ZH_FREE)
    write_free("en-freeform", "en", EN_FREE)
