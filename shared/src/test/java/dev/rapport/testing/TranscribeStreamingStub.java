package dev.rapport.testing;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamFrame;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.eventstream.HeaderValue;
import software.amazon.awssdk.eventstream.Message;
import software.amazon.awssdk.eventstream.MessageDecoder;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.transcribestreaming.TranscribeStreamingAsyncClient;

/**
 * Amazon Transcribe streaming on the wire, for tests: an HTTP/2 server (prior knowledge, as the SDK's
 * Netty client speaks to an {@code http://} endpoint) that reads {@code StartStreamTranscription}'s
 * signed event-stream envelopes, unwraps the {@code AudioEvent}s, and once the client's empty end frame
 * arrives answers {@code TranscriptEvent}s shaped like the service's (Results with Alternatives,
 * IsPartial, LanguageCode, item Confidence) — or the failure a test scripts.
 */
public final class TranscribeStreamingStub implements AutoCloseable {

    /** One stretch of speech the stub reports: a partial guess first, then the final result. */
    public record Heard(String text, double confidence, String languageCode) {}

    /** What one call sent: its headers ({@code x-amzn-transcribe-*}, lower case) and the audio. */
    public record Call(Map<String, String> headers, byte[] audio) {}

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final Channel server;
    private final ConcurrentLinkedQueue<List<Heard>> answers = new ConcurrentLinkedQueue<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile String failure;

    public TranscribeStreamingStub() {
        server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(
                                        Http2FrameCodecBuilder.forServer().build(),
                                        new Http2MultiplexHandler(new ChannelInitializer<Channel>() {
                                            @Override
                                            protected void initChannel(Channel stream) {
                                                stream.pipeline().addLast(new StreamHandler());
                                            }
                                        }));
                    }
                })
                .bind("127.0.0.1", 0)
                .syncUninterruptibly()
                .channel();
    }

    /** A Transcribe streaming client pointed at this stub, with the Netty client production uses. */
    public TranscribeStreamingAsyncClient client() {
        return TranscribeStreamingAsyncClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .build();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort());
    }

    /** The next call hears these stretches (none: silence, no results). */
    public TranscribeStreamingStub hears(Heard... stretches) {
        answers.add(List.of(stretches));
        return this;
    }

    /** Every following call fails mid-stream with this Transcribe exception event, until cleared with null. */
    public TranscribeStreamingStub failsWith(String exceptionType) {
        failure = exceptionType;
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One HTTP/2 stream: one StartStreamTranscription call. */
    private final class StreamHandler extends SimpleChannelInboundHandler<Http2StreamFrame> {

        private final Map<String, String> headers = new LinkedHashMap<>();
        private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
        private final MessageDecoder envelopes = new MessageDecoder();
        private boolean answered;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Http2StreamFrame frame) {
            if (frame instanceof Http2HeadersFrame head) {
                head.headers()
                        .forEach(h -> headers.put(
                                h.getKey().toString().toLowerCase(Locale.ROOT),
                                h.getValue().toString()));
                ctx.writeAndFlush(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers()
                        .status("200")
                        .add("content-type", "application/vnd.amazon.eventstream")
                        .add("x-amzn-request-id", UUID.randomUUID().toString())));
            } else if (frame instanceof Http2DataFrame data) {
                ByteBuf content = data.content();
                envelopes.feed(ByteBufUtil.getBytes(content));
                boolean ended = data.isEndStream();
                for (Message envelope : envelopes.getDecodedMessages()) {
                    // The client signs each event into an envelope; an empty envelope ends the audio.
                    if (envelope.getPayload().length == 0) {
                        ended = true;
                    } else {
                        Message event = Message.decode(ByteBuffer.wrap(envelope.getPayload()));
                        audio.writeBytes(event.getPayload());
                    }
                }
                if (ended && !answered) {
                    answered = true;
                    answer(ctx);
                }
            }
        }

        private void answer(ChannelHandlerContext ctx) {
            calls.add(new Call(Map.copyOf(headers), audio.toByteArray()));
            String failing = failure;
            if (failing != null) {
                send(ctx, exception(failing), true);
                return;
            }
            List<Heard> heard = answers.poll();
            List<Heard> stretches = heard == null ? List.of() : heard;
            for (int i = 0; i < stretches.size(); i++) {
                Heard stretch = stretches.get(i);
                send(ctx, transcriptEvent(stretch, i, true), false);
                send(ctx, transcriptEvent(stretch, i, false), false);
            }
            send(ctx, transcriptJson("[]"), true);
        }

        private void send(ChannelHandlerContext ctx, Message message, boolean last) {
            ByteBuffer bytes = message.toByteBuffer();
            ctx.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(bytes), last));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private static Message transcriptEvent(Heard heard, int index, boolean partial) {
        String[] words = heard.text().split(" ");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"Content\":")
                    .append(quote(words[i]))
                    .append(",\"Type\":\"pronunciation\",\"StartTime\":")
                    .append(index + i * 0.3)
                    .append(",\"EndTime\":")
                    .append(index + i * 0.3 + 0.25)
                    .append(partial ? "" : ",\"Confidence\":" + heard.confidence())
                    .append(",\"Stable\":")
                    .append(!partial)
                    .append('}');
        }
        String text =
                partial ? heard.text().substring(0, Math.max(1, heard.text().length() / 2)) : heard.text();
        return transcriptJson("[{\"ResultId\":\"" + UUID.randomUUID() + "\",\"StartTime\":" + index
                + ",\"EndTime\":" + (index + 1) + ",\"IsPartial\":" + partial
                + ",\"Alternatives\":[{\"Transcript\":" + quote(text) + ",\"Items\":[" + items + "]}]"
                + ",\"ChannelId\":\"ch_0\",\"LanguageCode\":\"" + heard.languageCode() + "\""
                + ",\"LanguageIdentification\":[{\"LanguageCode\":\"" + heard.languageCode()
                + "\",\"Score\":0.98}]}]");
    }

    private static Message transcriptJson(String results) {
        return message(
                Map.of(":message-type", "event", ":event-type", "TranscriptEvent", ":content-type", "application/json"),
                "{\"Transcript\":{\"Results\":" + results + "}}");
    }

    private static Message exception(String type) {
        return message(
                Map.of(":message-type", "exception", ":exception-type", type, ":content-type", "application/json"),
                "{\"Message\":\"" + type + " from the stub\"}");
    }

    private static Message message(Map<String, String> headers, String json) {
        Map<String, HeaderValue> values = new LinkedHashMap<>();
        headers.forEach((name, value) -> values.put(name, HeaderValue.fromString(value)));
        return new Message(values, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
