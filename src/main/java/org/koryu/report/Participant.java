package org.koryu.report;

import java.io.Serializable;

/**
 * Someone who took part, by name and role (大杉 寛, 東京都立大学教授). Pages often name a role
 * alone (区長), so either may be missing, not both.
 */
public record Participant(String name, String role) implements Serializable {
}
