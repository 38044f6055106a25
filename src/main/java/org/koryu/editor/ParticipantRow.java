package org.koryu.editor;

import java.io.Serializable;

/** One participant of a report form: a name, a role (区長, 教授), or both. */
public class ParticipantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String role;

    public ParticipantRow() {
    }

    ParticipantRow(String name, String role) {
        this.name = name;
        this.role = role;
    }

    boolean isEmpty() {
        return (name == null || name.isBlank()) && (role == null || role.isBlank());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
