/**
 * The workflow engine in plain Java: declared definitions, their parser and checks, and the
 * decision whether an actor may fire a transition. No Jakarta EE type may enter this package.
 */
package org.koryu.workflow.engine;
