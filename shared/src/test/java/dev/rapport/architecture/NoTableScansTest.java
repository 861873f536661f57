package dev.rapport.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cost that grows with the work, not with the tables: no production read path scans a DynamoDB
 * table; each is a GetItem, BatchGetItem or Query of a key or a sparse index.
 */
class NoTableScansTest {

    private static final DescribedPredicate<JavaCall<?>> SCANS_DYNAMODB = target(nameMatching("scan(Paginator)?"))
            .and(target(owner(resideInAnyPackage(
                    "software.amazon.awssdk.services.dynamodb..", "software.amazon.awssdk.enhanced.dynamodb.."))));

    /**
     * The in-memory catalog and knowledge indexes load their (small) tables whole at start and on
     * refresh, by design; a corpus too large for that goes to a Bedrock knowledge base
     * ({@code KNOWLEDGE_BASE_ID}), and the knowledge table is then read for its FAQs only; a catalog
     * too large goes to one too ({@code PRODUCTS_KNOWLEDGE_BASE_ID}), and {@code DynamoDbIndexedCatalog}
     * reads its products by key. The graph's name index reads the graph's node items (not its edges)
     * the same way.
     */
    private static final String[] IN_MEMORY_INDEX_LOADERS = {
        "DynamoDbCatalog", "DynamoDbKnowledgeStore", "DynamoDbGraphStore"
    };

    private static final JavaClasses RAPPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/dev/rapport/dynamodb/"))
            .importPackages("dev.rapport");

    @Test
    void noProductionAdapterScansATableBesidesTheInMemoryIndexLoaders() {
        rule(IN_MEMORY_INDEX_LOADERS).check(RAPPORT);
    }

    @Test
    void theRuleSeesTheScansThatAreThere() {
        assertThatThrownBy(() -> rule().check(RAPPORT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DynamoDbCatalog")
                .hasMessageContaining("DynamoDbKnowledgeStore")
                .hasMessageContaining("DynamoDbGraphStore");
    }

    private static ArchRule rule(String... allowed) {
        return noClasses()
                .that()
                .resideInAPackage("dev.rapport..")
                .and(notNamed(allowed))
                .should()
                .callMethodWhere(SCANS_DYNAMODB)
                .because("a Scan reads the whole table; read by key, BatchGetItem or a sparse index");
    }

    private static DescribedPredicate<JavaClass> notNamed(String... names) {
        return DescribedPredicate.describe(
                "are not " + String.join(", ", names), c -> !List.of(names).contains(c.getSimpleName()));
    }
}
