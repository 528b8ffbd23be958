package io.verdict.web.console;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model paged by keyset: each page is read after the key of the last row of the page before it, so a
 * page costs the same on the first or the millionth row, and nothing counts the rows. The table moves page by page
 * (previous, next); it knows there is a next page when one more row than the page came back.
 */
public class KeysetPages<T> extends LazyDataModel<T> {

    /** Reads up to {@code limit} rows after the row with key {@code afterKey} ({@code null}: from the start). */
    public interface Reader<T> extends Serializable {
        List<T> read(int limit, Long afterKey);
    }

    /** The key of a row: the one the next page is read after. */
    public interface Key<T> extends Serializable {
        long of(T row);
    }

    private final Reader<T> reader;
    private final Key<T> key;
    private final Map<Integer, Long> pageStarts = new HashMap<>();
    private final Map<String, T> loaded = new HashMap<>();

    public KeysetPages(Reader<T> reader, Key<T> key) {
        this.reader = reader;
        this.key = key;
    }

    /**
     * Back to the first page, as after a change of filters: the table with this client id shows its first page, and
     * the rows seen so far are forgotten.
     */
    public void restart(String tableClientId) {
        pageStarts.clear();
        loaded.clear();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int start = first == 0 || pageStarts.containsKey(first) ? first : 0;
        List<T> rows = reader.read(pageSize + 1, start == 0 ? null : pageStarts.get(start));
        boolean more = rows.size() > pageSize;
        List<T> page = more ? new ArrayList<>(rows.subList(0, pageSize)) : rows;
        page.forEach(row -> loaded.put(getRowKey(row), row));
        if (!page.isEmpty()) {
            pageStarts.put(start + pageSize, key.of(page.get(page.size() - 1)));
        }
        setRowCount(start + page.size() + (more ? 1 : 0));
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.of(row));
    }

    /** A row of any page read since the last restart: a selection may span pages. */
    @Override
    public T getRowData(String rowKey) {
        return loaded.get(rowKey);
    }
}
