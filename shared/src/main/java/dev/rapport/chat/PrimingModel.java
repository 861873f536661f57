package dev.rapport.chat;

import dev.rapport.model.ConversationModel;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.StopReason;
import dev.rapport.model.Usage;

/** The model of a priming turn: answers at once, so priming never calls (or pays) the real one. */
final class PrimingModel implements ConversationModel {

    static final PrimingModel CANNED = new PrimingModel();

    private PrimingModel() {}

    @Override
    public ModelReply converse(ModelRequest request) {
        return new ModelReply(Message.assistant("Let me check that parcel for you."), StopReason.END_TURN, Usage.NONE);
    }

    @Override
    public String name() {
        return "priming";
    }
}
