/**
 * The editor UI's Faces beans: each holds the state of one view and delegates every rule to the
 * services of the content, workflow and accounts packages.
 */
package org.koryu.editor;
