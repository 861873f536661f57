package dev.rapport.local.knowledge;

import dev.rapport.config.Environment;
import dev.rapport.identity.Caller;
import dev.rapport.knowledge.KnowledgeAdmin;
import dev.rapport.knowledge.KnowledgeDocument;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.problem.ProblemException;
import dev.rapport.wiring.KnowledgeApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Loads the repository's demo store (bilingual FAQs and policy documents) into the local knowledge
 * table at start, through the same use case and validation the admin API uses.
 */
public final class DemoKnowledge {

    private static final Caller LOADER = new Caller("local-demo-loader", Set.of(Caller.SUPPORT_ADMINS));

    private DemoKnowledge() {}

    /** The number of FAQs and documents loaded; a document kept from an earlier run (data dir) stays. */
    public static int load(Path directory, Environment env) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        KnowledgeAdmin admin = KnowledgeApplication.fromEnvironment(env).admin();
        KnowledgeFiles files = KnowledgeFiles.read(directory);
        files.faqs().forEach(faq -> admin.putFaq(LOADER, faq));
        int loaded = files.faqs().size();
        for (KnowledgeDocument document : files.documents()) {
            try {
                admin.addDocument(LOADER, document);
                loaded++;
            } catch (ProblemException e) {
                if (e.problem().status() != 409) {
                    throw e;
                }
            }
        }
        return loaded;
    }
}
