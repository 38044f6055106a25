package org.koryu.editor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.search.ContentQuery;
import org.koryu.search.ContentRow;
import org.koryu.search.ContentSearch;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The list of one content type: the filters a person set and a lazy table model that asks the
 * search service for one page at a time (paging, sorting and filtering happen in the database).
 */
@Named
@ViewScoped
public class ContentListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "list:items";

    @Inject
    ContentSearch search;

    @Inject
    EditorialQueries queries;

    private String type;
    @Inject
    EditorPaths paths;

    private String state;
    private String municipality;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private final LazyDataModel<ContentRow> model = new Rows();

    /** Called by each list page's view action with the type it lists. */
    public void forType(String listedType) {
        this.type = listedType;
    }

    /** New filters show their first page; done here, in the same request, rather than by a second one from the page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        search();
        state = null;
        municipality = null;
        kind = null;
        from = null;
        to = null;
        text = null;
    }

    /** The page that edits rows of this type. */
    public String editPath() {
        return paths.edit(type);
    }

    public List<ItemSummary> getMunicipalities() {
        return queries.ofType("municipality", 500);
    }

    private ContentQuery query(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> facets = new HashMap<>();
        if (municipality != null) {
            facets.put("municipality", municipality);
        }
        if (kind != null) {
            facets.put("kind", kind);
        }
        ContentQuery.Sort sort = ContentQuery.Sort.UPDATED;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            sort = switch (meta.getField()) {
                case "title" -> ContentQuery.Sort.TITLE;
                case "state" -> ContentQuery.Sort.STATE;
                case "firstDay" -> ContentQuery.Sort.FIRST_DAY;
                default -> ContentQuery.Sort.UPDATED;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        FilterMeta title = filterBy.get("title");
        String titleFilter = title == null || title.getFilterValue() == null ? null : title.getFilterValue().toString();
        return new ContentQuery(type, state, facets, from, to, text, titleFilter, sort, ascending, first, pageSize);
    }

    /**
     * One page at a time from the search service. The table asks for the count, then for the page,
     * in the same request: the count is kept for the page, so each is read once.
     */
    private final class Rows extends LazyDataModel<ContentRow> {

        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            total = search.count(query(0, 1, Map.of(), filterBy));
            return (int) total;
        }

        @Override
        public List<ContentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.rows(query(first, pageSize, sortBy, filterBy), total);
        }
    }

    public LazyDataModel<ContentRow> getModel() {
        return model;
    }

    public String getType() {
        return type;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
