package coop.harvest.web;

import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a boundary query that pages in the database: each table page is one
 * {@link PageRequest}, so a list of any length costs one page of rows (and a count) per request. The source gets the
 * table's sort columns and picks the query's order from them.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows from a boundary, in the order the sort columns ask for where the query supports it. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> fetch(PageRequest page, Map<String, SortMeta> sortBy);
    }

    /** The row's key (its id), written as data-rk on the row and used by PrimeFaces to find the row again. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;
    private List<T> rows = List.of();

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.fetch(PageRequest.of(0, 1), Map.of()).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = source.fetch(PageRequest.of(first / size, size), sortBy == null ? Map.of() : sortBy);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        rows = page.items();
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return rows.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }

    /** Whether the table's first sort column is this field (for queries that know one alternative order). */
    public static boolean sortedBy(Map<String, SortMeta> sortBy, String field) {
        return sortBy.values().stream().findFirst().map(meta -> field.equals(meta.getField())).orElse(false);
    }
}
