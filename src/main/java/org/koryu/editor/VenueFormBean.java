package org.koryu.editor;

import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.content.ContentType;
import org.koryu.venue.VenueContent;
import org.koryu.venue.VenueType;

/** The venue form: name in Japanese and English, address and notes for visitors. */
@Named
@ViewScoped
public class VenueFormBean extends RevisionFormBean<VenueContent> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "form:name",
            "nameEn", "form:nameEn",
            "address", "form:address",
            "notes", "form:notes");

    @Inject
    VenueType venues;

    private String name;
    private String nameEn;
    private String address;
    private String notes;

    @Override
    protected ContentType<VenueContent> type() {
        return venues;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        return FIELDS;
    }

    @Override
    protected VenueContent content() {
        return new VenueContent(name, nameEn, address, notes);
    }

    @Override
    protected void show(VenueContent c) {
        name = c.name();
        nameEn = c.nameEn();
        address = c.address();
        notes = c.notes();
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
