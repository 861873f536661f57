package dev.rapport.agents;

import java.util.List;
import java.util.Map;

/**
 * A few sentences per specialist, Chinese and English, that say plainly what its work is. Greetings
 * and "what can you do" sit with the advisor, the front desk for a turn that asks nothing yet.
 */
final class RoutingExamples {

    static final Map<Specialist, List<String>> SENTENCES = Map.of(
            Specialist.ORDERS,
            List.of(
                    "Where is my order?",
                    "Please cancel my order.",
                    "I want to return this and get a refund.",
                    "Change the delivery address of my order.",
                    "Can I exchange it for a different size?",
                    "我的快递到哪了",
                    "帮我取消这个订单",
                    "我要退货退款",
                    "修改收货地址",
                    "我想换一个尺码"),
            Specialist.ADVISOR,
            List.of(
                    "Can you recommend a product for me?",
                    "What size should I buy?",
                    "What is this made of?",
                    "Do you have this in another colour?",
                    "Hello, what can you help me with?",
                    "Who are you?",
                    "给我推荐一款产品",
                    "这个穿什么尺码",
                    "这是什么材质的",
                    "有别的颜色吗",
                    "你好，你能帮我做什么",
                    "你是谁"),
            Specialist.CARE,
            List.of(
                    "I want to make a complaint.",
                    "I am very upset with your service.",
                    "Let me talk to a real person.",
                    "I feel hopeless and want to give up.",
                    "我要投诉",
                    "你们的服务太让人生气了",
                    "我要找人工客服",
                    "我很难过，不想活了"),
            Specialist.ACCOUNT,
            List.of(
                    "What do you remember about me?",
                    "Delete all my personal data.",
                    "Stop sending me marketing messages.",
                    "Change my language settings.",
                    "你记得我哪些信息",
                    "删除我的个人数据",
                    "不要再给我发营销消息",
                    "修改我的语言设置"));

    private RoutingExamples() {}
}
