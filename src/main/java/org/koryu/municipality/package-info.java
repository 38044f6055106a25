/** The partner municipality (交流自治体) content type: profile, agreements, pitch, official SNS accounts and name aliases. */
package org.koryu.municipality;
