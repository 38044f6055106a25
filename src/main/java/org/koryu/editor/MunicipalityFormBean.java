package org.koryu.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.content.ContentType;
import org.koryu.municipality.MunicipalityContent;
import org.koryu.municipality.MunicipalityType;
import org.koryu.municipality.Prefectures;
import org.koryu.municipality.SnsPlatform;

/**
 * The partner municipality form: profile fields, the aliases calendar titles use for the partner,
 * and its official SNS accounts as editable rows. Lists of texts (aliases, agreements) are edited
 * one per line.
 */
@Named
@ViewScoped
public class MunicipalityFormBean extends RevisionFormBean<MunicipalityContent> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "form:name"),
            Map.entry("nameEn", "form:nameEn"),
            Map.entry("prefecture", "form:prefecture"),
            Map.entry("kind", "form:kind"),
            Map.entry("sortOrder", "form:sortOrder"),
            Map.entry("aliases[]", "form:aliases"),
            Map.entry("agreements[]", "form:agreements"),
            Map.entry("pitch", "form:pitch"),
            Map.entry("snsAccounts[].platform", "form:sns:{index}:platform"),
            Map.entry("snsAccounts[].url", "form:sns:{index}:url"),
            Map.entry("snsAccounts[].handle", "form:sns:{index}:handle"),
            Map.entry("snsAccounts[].description", "form:sns:{index}:description"));

    @Inject
    MunicipalityType municipalities;

    private String name;
    private String nameEn;
    private String prefecture;
    private String kind = "city";
    private String aliases;
    private String agreements;
    private String pitch;
    private Integer sortOrder = 100;
    private List<SnsAccountRow> accounts = new ArrayList<>();

    @Override
    protected ContentType<MunicipalityContent> type() {
        return municipalities;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        return FIELDS;
    }

    @Override
    protected MunicipalityContent content() {
        // Rows left empty are dropped here, so the domain's snsAccounts[i] is row i of the table.
        accounts.removeIf(SnsAccountRow::blank);
        return new MunicipalityContent(name, nameEn, prefecture, kind, lines(aliases), lines(agreements), pitch,
                accounts.stream().map(SnsAccountRow::account).toList(), sortOrder);
    }

    @Override
    protected void show(MunicipalityContent c) {
        name = c.name();
        nameEn = c.nameEn();
        prefecture = c.prefecture();
        kind = c.kind();
        aliases = String.join("\n", c.aliases());
        agreements = String.join("\n", c.agreements());
        pitch = c.pitch();
        sortOrder = c.sortOrder();
        accounts = new ArrayList<>(c.snsAccounts().stream().map(SnsAccountRow::new).toList());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public void addAccount() {
        accounts.add(new SnsAccountRow());
    }

    public void removeAccount(SnsAccountRow row) {
        accounts.remove(row);
    }

    public List<String> getPrefectures() {
        return Prefectures.ALL;
    }

    public List<String> getKinds() {
        return MunicipalityType.KINDS;
    }

    public SnsPlatform[] getPlatforms() {
        return SnsPlatform.values();
    }

    public List<SnsAccountRow> getAccounts() {
        return accounts;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getAgreements() {
        return agreements;
    }

    public void setAgreements(String agreements) {
        this.agreements = agreements;
    }

    public String getPitch() {
        return pitch;
    }

    public void setPitch(String pitch) {
        this.pitch = pitch;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
