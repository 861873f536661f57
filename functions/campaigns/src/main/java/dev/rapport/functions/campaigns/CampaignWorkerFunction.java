package dev.rapport.functions.campaigns;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.rapport.campaigns.CampaignQueue;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.config.Environment;
import dev.rapport.observability.Telemetry;
import dev.rapport.queues.sqs.SqsCampaignQueue;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.CampaignApplication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the campaign queue. Each message is a batch of recipients; one that fails is reported
 * alone ({@code ReportBatchItemFailures}) so SQS redelivers only it — safe, because every
 * (campaign, customer) outcome is written once — and after the queue's maxReceiveCount it rests
 * in the dead-letter queue.
 */
public final class CampaignWorkerFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignWorkerFunction.class);

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final CampaignApplication APP = CampaignApplication.fromEnvironment(Environment.system());

        static {
            Priming.register(
                    "campaign-worker", () -> new CampaignWorkerFunction(APP.worker(), Clock.systemUTC()).prime());
        }
    }

    private final CampaignWorker worker;
    private final Clock clock;

    public CampaignWorkerFunction() {
        this(Default.APP.worker(), Clock.systemUTC());
    }

    public CampaignWorkerFunction(CampaignWorker worker, Clock clock) {
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return Telemetry.invocation(
                context, () -> handle(event, sent -> Telemetry.count("CampaignMessagesSent", sent)));
    }

    /**
     * A batch for a campaign nobody made, through the handler's own path but outside its
     * telemetry: its one read finds no campaign, so nothing is written or counted.
     */
    void prime() {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(Priming.SUBJECT);
        message.setBody(
                SqsCampaignQueue.body(new CampaignQueue.RecipientBatch(Priming.SUBJECT, List.of(Priming.SUBJECT))));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        handle(event, sent -> {});
    }

    private SQSBatchResponse handle(SQSEvent event, IntConsumer sentCount) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                CampaignWorker.Report report =
                        worker.handle(SqsCampaignQueue.parse(message.getBody()), clock.instant());
                sentCount.accept(report.sent());
            } catch (RuntimeException e) {
                LOG.error(
                        "campaign batch failed",
                        entry("exception", e.getClass().getName()),
                        entry("messageId", message.getMessageId()));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
