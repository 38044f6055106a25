/**
 * The Jakarta EE layer of the workflow: loads the declared definitions at start-up, and persists
 * the audit and the transitions scheduled for later. The engine itself is in {@code engine}.
 */
package org.koryu.workflow;
