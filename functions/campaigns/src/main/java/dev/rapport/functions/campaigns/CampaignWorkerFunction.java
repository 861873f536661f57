package dev.rapport.functions.campaigns;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.config.Environment;
import dev.rapport.observability.Telemetry;
import dev.rapport.queues.sqs.SqsCampaignQueue;
import dev.rapport.wiring.CampaignApplication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
        return Telemetry.invocation(context, () -> {
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                try {
                    CampaignWorker.Report report = worker.handle(SqsCampaignQueue.parse(message.getBody()), clock.instant());
                    Telemetry.count("CampaignMessagesSent", report.sent());
                } catch (RuntimeException e) {
                    LOG.error("campaign batch failed", entry("error", e.getClass().getName()),
                            entry("messageId", message.getMessageId()));
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            }
            return new SQSBatchResponse(failures);
        });
    }
}
