package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.expression.ConditionExpression;
import dev.rapport.dynamodb.expression.ExpressionContext;
import dev.rapport.dynamodb.expression.KeyCondition;
import dev.rapport.dynamodb.expression.ProjectionExpression;
import dev.rapport.dynamodb.expression.SortKeyCondition;
import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/** Query and Scan, on a table or an index, in pages of at most {@code Limit} items or 1 MB. */
final class ReadOperations {

    private static final List<String> SELECTS =
            List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");

    private final Engine engine;

    ReadOperations(Engine engine) {
        this.engine = engine;
    }

    ObjectNode query(JsonNode body) {
        Request request = new Request(body);
        Source source = Source.of(engine, request);
        ExpressionContext context = request.expressions();
        String keyText = request.string("KeyConditionExpression");
        if (keyText == null) {
            throw DynamoDbException.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        KeySchema key = source.key();
        KeyCondition condition = KeyCondition.parse(keyText, context).withHashKey(key.hashName());
        if (!condition.hashName().equals(key.hashName())
                || condition.sortKey() != null && !condition.sortKey().name().equals(key.rangeName())) {
            throw DynamoDbException.validation("Query condition missed key schema element: "
                    + (condition.hashName().equals(key.hashName()) ? key.rangeName() : key.hashName()));
        }
        if (!condition.hashValue().type().equals(key.hashType())) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        Reading reading = Reading.of(request, context, source);
        if (reading.filter() != null) {
            for (String name : reading.filter().topLevelNames()) {
                if (key.isKeyAttribute(name)) {
                    throw DynamoDbException.validation("Filter Expression can only contain non-primary key attributes: "
                            + "Primary key attribute: " + name);
                }
            }
        }
        String prefix = KeyCodec.encode(condition.hashValue()) + KeyCodec.SEPARATOR;
        List<Map.Entry<String, String>> entries = partition(source, prefix, condition.sortKey());
        if (!request.bool("ScanIndexForward", true)) {
            Collections.reverse(entries);
        }
        return reading.page(entries, request.bool("ScanIndexForward", true));
    }

    ObjectNode scan(JsonNode body) {
        Request request = new Request(body);
        Source source = Source.of(engine, request);
        ExpressionContext context = request.expressions();
        Reading reading = Reading.of(request, context, source);
        Integer segment = request.integer("Segment");
        Integer total = request.integer("TotalSegments");
        if ((segment == null) != (total == null)
                || total != null && (total < 1 || total > 1_000_000 || segment < 0 || segment >= total)) {
            throw DynamoDbException.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present, and Segment must be less than TotalSegments");
        }
        return reading.scan(source.map(), segment == null ? 0 : segment, total == null ? 1 : total);
    }

    /** The partition's entries whose sort key passes the condition, in key order; matches are contiguous. */
    private static List<Map.Entry<String, String>> partition(Source source, String prefix, SortKeyCondition sortKey) {
        MVMap<String, String> map = source.map();
        KeySchema key = source.key();
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        String end = prefix.substring(0, prefix.length() - 1) + KeyCodec.AFTER_SEPARATOR;
        String start = prefix;
        if (sortKey != null
                && sortKey.operator() != SortKeyCondition.Operator.LT
                && sortKey.operator() != SortKeyCondition.Operator.LE
                && sortKey.operands().getFirst().type().equals(key.rangeType())) {
            start = prefix + KeyCodec.encode(sortKey.operands().getFirst());
        }
        Cursor<String, String> cursor = map.cursor(start);
        boolean matched = false;
        while (cursor.hasNext()) {
            String entryKey = cursor.next();
            if (entryKey.compareTo(end) >= 0) {
                break;
            }
            if (sortKey != null) {
                Map<String, Value> item = source.item(cursor.getValue());
                if (item == null || !sortKey.test(item.get(key.rangeName()))) {
                    if (matched) {
                        break;
                    }
                    continue;
                }
            }
            matched = true;
            entries.add(Map.entry(entryKey, cursor.getValue()));
        }
        return entries;
    }

    /** What a read reads: a table, or one of its indexes. */
    record Source(Table table, IndexDefinition index) {

        static Source of(Engine engine, Request request) {
            Table table = engine.table(request.tableName());
            String indexName = request.string("IndexName");
            if (indexName == null) {
                return new Source(table, null);
            }
            IndexDefinition index = table.definition().index(indexName);
            if (index == null) {
                throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
            }
            if (!index.local() && request.bool("ConsistentRead", false)) {
                throw DynamoDbException.validation("Consistent reads are not supported on global secondary indexes");
            }
            return new Source(table, index);
        }

        KeySchema key() {
            return index == null ? table.definition().key() : index.key();
        }

        MVMap<String, String> map() {
            return index == null ? table.items() : table.index(index.name());
        }

        /** The whole table item behind an entry of {@link #map()}: the item itself, or the one an index entry names. */
        Map<String, Value> item(String entryValue) {
            return index == null ? ItemJson.read(entryValue) : table.get(entryValue);
        }

        /** The encoded key of the table item behind an entry. */
        String itemKey(String entryKey, String entryValue) {
            return index == null ? entryKey : entryValue;
        }

        /** Where a page resumes: the map entry a {@code LastEvaluatedKey} names. */
        String entryOf(Map<String, Value> startKey) {
            KeySchema tableKey = table.definition().key();
            if (tableKey.keyOf(startKey) == null || index != null && index.key().keyOf(startKey) == null) {
                throw DynamoDbException.validation(
                        "The provided starting key is invalid: The provided key element does not match the schema");
            }
            String itemKey = tableKey.encode(startKey);
            return index == null ? itemKey : Table.indexEntry(index, startKey, itemKey);
        }

        /** The keys a page's {@code LastEvaluatedKey} carries: the table's, and the index's when reading one. */
        Map<String, Value> lastKey(Map<String, Value> item) {
            Map<String, Value> last =
                    new java.util.LinkedHashMap<>(table.definition().key().keyOf(item));
            if (index != null) {
                last.putAll(index.key().keyOf(item));
            }
            return last;
        }
    }

    /** How one request reads: filter, projection, select, limit and the page it starts from. */
    record Reading(
            Source source,
            ConditionExpression filter,
            ProjectionExpression projection,
            String select,
            Integer limit,
            Map<String, Value> startKey) {

        static Reading of(Request request, ExpressionContext context, Source source) {
            String filterText = request.string("FilterExpression");
            ConditionExpression filter =
                    filterText == null ? null : ConditionExpression.parseFilter(filterText, context);
            ProjectionExpression projection = request.projection(context);
            context.checkAllUsed();
            String select = request.choice("Select", null, SELECTS);
            if (select == null) {
                select = projection != null
                        ? "SPECIFIC_ATTRIBUTES"
                        : source.index() == null ? "ALL_ATTRIBUTES" : "ALL_PROJECTED_ATTRIBUTES";
            }
            if (projection != null && !select.equals("SPECIFIC_ATTRIBUTES")) {
                throw DynamoDbException.validation(
                        "Cannot specify the ProjectionExpression parameter with Select " + select);
            }
            if (select.equals("ALL_ATTRIBUTES")
                    && source.index() != null
                    && !source.index().local()
                    && !source.index().projectionType().equals("ALL")) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Select type ALL_ATTRIBUTES "
                                + "is not supported for global secondary index "
                                + source.index().name()
                                + " because its projection type is not ALL");
            }
            Integer limit = request.integer("Limit");
            if (limit != null && limit < 1) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + limit
                        + "' at 'limit' failed to satisfy constraint: Member must have value greater than or"
                        + " equal to 1");
            }
            return new Reading(source, filter, projection, select, limit, request.item("ExclusiveStartKey"));
        }

        ObjectNode page(List<Map.Entry<String, String>> entries, boolean forward) {
            return new Pager(this).page(entries.iterator(), forward, 0, 1);
        }

        ObjectNode scan(MVMap<String, String> map, int segment, int total) {
            String from = startKey == null ? null : source.entryOf(startKey);
            Cursor<String, String> cursor = map.cursor(from);
            java.util.Iterator<Map.Entry<String, String>> entries = new java.util.Iterator<>() {
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                public Map.Entry<String, String> next() {
                    String key = cursor.next();
                    return Map.entry(key, cursor.getValue());
                }
            };
            return new Pager(this).page(entries, true, segment, total);
        }
    }
}
