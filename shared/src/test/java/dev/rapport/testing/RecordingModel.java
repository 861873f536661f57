package dev.rapport.testing;

import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelUnavailableException;
import dev.rapport.model.offline.OfflineEngine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The offline engine, recording every request it answers; can be switched to fail like a throttled model. */
public final class RecordingModel implements ConversationModel {

    private final ConversationModel delegate = new OfflineEngine();
    private final List<ModelRequest> requests = new CopyOnWriteArrayList<>();
    private volatile boolean unavailable;
    private volatile int primed;

    @Override
    public ModelReply converse(ModelRequest request) {
        requests.add(request);
        if (unavailable) {
            throw new ModelUnavailableException("throttled", Duration.ofSeconds(7), null);
        }
        return delegate.converse(request);
    }

    @Override
    public void prime() {
        primed++;
    }

    /** How often the adapter was asked to warm up for a snapshot. */
    public int primed() {
        return primed;
    }

    @Override
    public String name() {
        return "recording-offline";
    }

    public void unavailable(boolean value) {
        unavailable = value;
    }

    public List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    public ModelRequest last() {
        return requests.get(requests.size() - 1);
    }
}
