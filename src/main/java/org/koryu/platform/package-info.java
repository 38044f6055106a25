/**
 * What every feature stands on: the data source and its migrations, the start-up sequence,
 * settings, health, and the mapping of domain errors to problem+json.
 */
package org.koryu.platform;
