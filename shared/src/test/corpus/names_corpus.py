"""Names and messaging ids: a tuning set and a held-out set, written before the detectors.

The held-out set (names-heldout-*) is never looked at while the rules are tuned; only the tuning
set (names-tuning-*) is. Both use the [[TYPE|text]] marking of generate_pii_corpus.py.

    python3 shared/src/test/corpus/names_corpus.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "pii-corpus"

ZH_TUNING = [
    "你好，我叫[[NAME|张伟]]，想查一下订单 202611240001 的物流",
    "我是[[NAME|李娜]]，上周买的耳机坏了",
    "收货人：[[NAME|王芳]]，电话 [[PHONE|13812345678]]",
    "我的名字是[[NAME|陈静]]，会员卡尾号 3654",
    "加我微信 [[IM_ID|wxid_abc123]] 吧，方便发图片",
    "我的微信号是 [[IM_ID|zhangwei_1988]]",
    "QQ：[[IM_ID|123456789]]，有问题联系我",
    "你好，[[NAME|刘]]先生的包裹已经签收了吗",
    "麻烦转告[[NAME|赵]]女士，退款已经到账",
    "姓名：[[NAME|欧阳娜娜]]，手机 [[PHONE|139 0000 1234]]",
    "我叫了快递员，他说明天到",
    "我是来退货的，订单号 RP-2026-000123",
    "用微信支付的，一共 ¥1299.00",
    "我是会员，能不能包邮",
    "名字写错了，能改吗",
    "QQ音乐会员能一起买吗",
    "我在微信上问过客服了",
    "我是第一次买，不太会用",
    "联系人：[[NAME|孙丽]]",
    "我叫[[NAME|周杰]]，请帮我取消订单",
    "微信：[[IM_ID|tom-baker88]]",
    "QQ号 [[IM_ID|987654321]]，加一下",
    "我是想问一下保修期多长",
    "快递员叫我下楼拿",
    "这个名字挺好听的",
]

EN_TUNING = [
    "Hi, my name is [[NAME|Emily Clark]] and my order never arrived",
    "This is [[NAME|Tom Baker]], calling about invoice 4471",
    "Dear [[NAME|Sarah]], thanks for the quick refund",
    "Please ask [[NAME|Mr. Johnson|Johnson]] to call me back",
    "my WeChat is [[IM_ID|tom_baker88]]",
    "add me on WeChat: [[IM_ID|wxid_k2j9x0p1]]",
    "QQ [[IM_ID|2845561903]] is the fastest way to reach me",
    "My name is on the order, check it",
    "This is ridiculous, where is my parcel?",
    "This is Order 12345 again",
    "Hi there, the charger is broken",
    "I paid with WeChat Pay yesterday",
    "Hello team, is the WH-1000XM5 in stock?",
    "Thanks, [[NAME|Emily]]",
    "name: [[NAME|Grace Liu]], phone [[PHONE|+1 415 555 0132]]",
    "Dear customer service, I want a refund",
    "this is about the blue jacket",
    "My name's [[NAME|Daniel Wong]]",
    "Hello [[NAME|Anna]], I sent the photo",
    "This is the third time I ask",
    "The recipient is [[NAME|Laura Chen]]",
    "Is this Amazon or your own shop?",
    "my name is [[NAME|wei zhang]] btw",
    "QQ Music subscription bundle?",
    "regards, [[NAME|Peter Smith]]",
]

ZH_HELDOUT = [
    "您好，我叫[[NAME|王建国]]，手机 [[PHONE|13912345678]] 打不通了",
    "我是[[NAME|林晓]]，昨天下的单一直没发货",
    "收件人[[NAME|黄磊]]，麻烦改一下地址",
    "我的名字叫[[NAME|吴敏]]，想开发票",
    "微信号：[[IM_ID|lixiaolong_2020]]",
    "加我微信[[IM_ID|wxid_9f8e7d6c5b]]，发你照片",
    "我QQ是[[IM_ID|10086123]]",
    "QQ号码：[[IM_ID|3344556677]]",
    "你们的客服[[NAME|马]]小姐态度很好",
    "请[[NAME|杨]]经理回个电话",
    "[[NAME|张]]先生您好，您的订单已发出",
    "名字：[[NAME|郭靖]]，身份证后四位 002X",
    "我叫[[NAME|何雪]]，会员号 88012345",
    "这是我老婆[[NAME|徐丽]]的账号",
    "微信 [[IM_ID|wxid_abc123]] 已经加了吗",
    "我是[[NAME|司马光]]，订单 202611240001",
    "联系人 [[NAME|高峰]] 电话 [[PHONE|021-61234567]]",
    "我叫[[NAME|小明]]，订单号 202611240003",
    "我是学生，有没有优惠",
    "我是从京东过来的",
    "微信支付失败了，扣款 ¥89",
    "微信上的客服说可以退",
    "QQ 邮箱收不到验证码",
    "名字我忘了，是个蓝色的包",
    "我叫他们别送了",
    "我是说尺码偏小",
    "我在QQ群里看到的活动",
    "王者荣耀皮肤能退吗",
    "我是在直播间下单的",
    "请问微信号怎么绑定会员？",
    "黄金手链 3 件，一共 ¥3999",
    "高端款和普通款有什么区别",
    "张家界的门店还开吗",
    "我叫[[NAME|李雷]]。我的微信是 [[IM_ID|lilei-hanmeimei]]",
    "谢谢[[NAME|周]]老师",
    "我姓[[NAME|钱]]，订单尾号 0001",
]

EN_HELDOUT = [
    "Hello, my name is [[NAME|Rachel Green]] and I need to change my delivery",
    "This is [[NAME|Michael Brown]] from apartment 4B, the parcel is missing",
    "Hi [[NAME|David]], did you get my photos?",
    "Dear [[NAME|Ms. Patel|Patel]], the refund has not arrived",
    "please forward to [[NAME|Dr. Huang|Huang]]",
    "I'm [[NAME|Olivia Martinez]], order RP-2026-000123",
    "name is [[NAME|James O'Connor]]",
    "My WeChat ID: [[IM_ID|jamie_w_1990]]",
    "wechat [[IM_ID|wxid_q1w2e3r4t5]]",
    "you can find me on QQ: [[IM_ID|562839104]]",
    "Best, [[NAME|Hannah Lee]]",
    "Cheers, [[NAME|Sam]]",
    "Recipient: [[NAME|Kevin Zhao]]",
    "my name is [[NAME|Li Wei]], I ordered two jackets",
    "This is Sparta",
    "This is Apple Pay not working again",
    "My name is not important, fix the order",
    "Dear Sir or Madam, I want to complain",
    "Hi all, quick question about returns",
    "Hello? Anyone there?",
    "Is WeChat Pay supported?",
    "QQ Mail keeps bouncing your emails",
    "I'm Happy with the product, thanks",
    "I'm in Shanghai next week",
    "This is urgent!!",
    "Jordan 1 Retro High in size 10, still available?",
    "The Grand Canyon tour voucher didn't arrive",
    "Ask for Mr. Right at the front desk, lol",
    "Hi [[NAME|Chen]], thanks for your help yesterday",
    "Please call me, this is [[NAME|Nina]]",
    "the parcel is for my son [[NAME|Alex]]",
    "Regards,\n[[NAME|Thomas Müller]]",
    "Thanks!",
    "My wechat is the same as my phone number",
]


def render(line):
    text, spans = "", []
    for part in re.split(r"(\[\[[A-Z_]+\|[^\]]+\]\])", line):
        m = re.fullmatch(r"\[\[([A-Z_]+)\|([^\]|]+)(?:\|([^\]]+))?\]\]", part)
        if not m:
            text += part
            continue
        written, labelled = m.group(2), m.group(3) or m.group(2)
        # "[[NAME|Mr. Johnson|Johnson]]": the text is written in full, only "Johnson" is labelled.
        offset = written.index(labelled)
        start = len(text) + offset
        spans.append({"type": m.group(1), "start": start, "end": start + len(labelled), "text": labelled})
        text += written
    return {"text": text, "spans": spans}


def write(name, lang, lines):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for i, line in enumerate(lines):
            f.write(json.dumps({"id": f"{name}-{i + 1:03d}", "lang": lang, **render(line)},
                               ensure_ascii=False) + "\n")
    print(name, len(lines), "snippets")


if __name__ == "__main__":
    write("names-tuning-zh", "zh", ZH_TUNING)
    write("names-tuning-en", "en", EN_TUNING)
    write("names-heldout-zh", "zh", ZH_HELDOUT)
    write("names-heldout-en", "en", EN_HELDOUT)
