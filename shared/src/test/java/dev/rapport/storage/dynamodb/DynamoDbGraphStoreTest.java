package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.graph.GraphEdge;
import dev.rapport.graph.GraphNode;
import dev.rapport.graph.GraphStore;
import dev.rapport.graph.Hop;
import dev.rapport.testing.TestDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DynamoDbGraphStoreTest {

    private static final TestDynamoDb DB = TestDynamoDb.shared();

    private final TestDynamoDb.RequestCounter requests = new TestDynamoDb.RequestCounter();
    private DynamoDbGraphStore store;

    private static final GraphNode PHONE = node("PH-1", GraphNode.PRODUCT, "极光手机", "Aurora phone");
    private static final GraphNode CHARGER = node("CH-1", GraphNode.PRODUCT, "快充", "Fast charger");
    private static final GraphNode CASE = node("AC-1", GraphNode.ACCESSORY, "保护壳", "Case");

    @BeforeEach
    void setUp() {
        store = new DynamoDbGraphStore(DB.enhanced(requests), DB.createGraphTable());
        store.importAll(
                List.of(PHONE, CHARGER, CASE),
                List.of(
                        GraphEdge.of("PH-1", GraphEdge.COMPATIBLE_WITH, "CH-1"),
                        GraphEdge.of("AC-1", GraphEdge.ACCESSORY_OF, "PH-1")));
        requests.reset();
    }

    @Test
    void aNodeWithItsOutgoingEdgesIsOneQueryAndASymmetricEdgeIsReadFromEitherEnd() {
        var phone = store.outgoing("PH-1").orElseThrow();
        var charger = store.outgoing("CH-1").orElseThrow();

        assertThat(requests.count()).isEqualTo(2);
        assertThat(phone.node().nameEn()).isEqualTo("Aurora phone");
        assertThat(phone.of(GraphEdge.COMPATIBLE_WITH))
                .extracting(h -> h.other().nameEn())
                .containsExactly("Fast charger");
        assertThat(charger.of(GraphEdge.COMPATIBLE_WITH))
                .extracting(h -> h.edge().id(), h -> h.other().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PH-1:compatible_with:CH-1", "PH-1"));
        assertThat(phone.of(GraphEdge.ACCESSORY_OF)).isEmpty();
    }

    @Test
    void theIncomingEdgesOfANodeAreOneQueryOfTheInvertedIndex() {
        var phone = store.incoming("PH-1").orElseThrow();

        assertThat(requests.count()).isEqualTo(1);
        assertThat(phone.node().id()).isEqualTo("PH-1");
        assertThat(phone.hops()).extracting(Hop::outgoing).containsOnly(false);
        assertThat(phone.of(GraphEdge.ACCESSORY_OF))
                .extracting(h -> h.other().nameZh())
                .containsExactly("保护壳");
        assertThat(phone.of(GraphEdge.COMPATIBLE_WITH)).isEmpty();
    }

    @Test
    void anUnknownNodeReadsAsEmpty() {
        assertThat(store.outgoing("NOPE")).isEmpty();
        assertThat(store.incoming("NOPE")).isEmpty();
    }

    @Test
    void anEdgeToAMissingNodeIsRefusedAndWritesNothing() {
        GraphNode ghost = node("GHOST", GraphNode.PRODUCT, "幽灵", "Ghost");

        assertThatThrownBy(() -> store.putEdge(GraphEdge.of("PH-1", GraphEdge.COMPATIBLE_WITH, "GHOST"), PHONE, ghost))
                .isInstanceOf(GraphStore.DanglingEdgeException.class);
        assertThat(store.outgoing("PH-1").orElseThrow().of(GraphEdge.COMPATIBLE_WITH))
                .hasSize(1);
        assertThat(store.outgoing("GHOST")).isEmpty();
    }

    @Test
    void renamingANodeRenamesItInTheEdgesThatKeepItsName() {
        store.putNode(node("CH-1", GraphNode.PRODUCT, "超级快充", "Super charger"));

        assertThat(store.outgoing("PH-1").orElseThrow().of(GraphEdge.COMPATIBLE_WITH))
                .extracting(h -> h.other().nameEn())
                .containsExactly("Super charger");
    }

    @Test
    void deletingANodeDeletesEveryEdgeAtItInOneTransaction() {
        assertThat(store.deleteNode("PH-1")).isTrue();

        assertThat(store.outgoing("PH-1")).isEmpty();
        assertThat(store.outgoing("CH-1").orElseThrow().hops()).isEmpty();
        assertThat(store.outgoing("AC-1").orElseThrow().hops()).isEmpty();
        assertThat(store.deleteNode("PH-1")).isFalse();
    }

    @Test
    void deletingASymmetricEdgeDeletesBothOfItsItems() {
        assertThat(store.deleteEdge("PH-1", GraphEdge.COMPATIBLE_WITH, "CH-1")).isTrue();

        assertThat(store.outgoing("CH-1").orElseThrow().hops()).isEmpty();
        assertThat(store.outgoing("PH-1").orElseThrow().hops()).isEmpty();
        assertThat(store.deleteEdge("PH-1", GraphEdge.COMPATIBLE_WITH, "CH-1")).isFalse();
    }

    @Test
    void theNameIndexReadsNodesWithoutEdges() {
        assertThat(store.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder("PH-1", "CH-1", "AC-1");
    }

    private static GraphNode node(String id, String kind, String zh, String en) {
        return new GraphNode(id, kind, zh, en, null, null, Map.of());
    }
}
