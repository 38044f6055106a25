/**
 * The public delivery API: a read model of published content written when a version goes live or
 * offline, queried (never by walking revisions) for lists, items and the sync feed, and served
 * with HTTP caching. Answers are kept in memory per read-model version ({@code AnswerCache}), and
 * repeated requests are answered before JAX-RS ({@code RepeatedRequestFilter}). Draft preview
 * lives in {@code preview}.
 */
package org.koryu.delivery;
