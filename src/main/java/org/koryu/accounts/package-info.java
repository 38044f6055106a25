/**
 * Accounts and how people and scripts prove who they are: PBKDF2-hashed passwords, API tokens
 * stored hashed, one authentication mechanism for the editor UI (form login, session) and the
 * management API (HTTP Basic or bearer token), and the demo or first-admin accounts at start.
 */
package org.koryu.accounts;
