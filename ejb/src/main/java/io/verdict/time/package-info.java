/**
 * Days in GMT, the zone schedules and dashboards count in. Ground: it uses no feature package.
 */
package io.verdict.time;
