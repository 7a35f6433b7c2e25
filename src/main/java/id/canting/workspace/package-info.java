/**
 * The home each signed-in role starts the day from ({@code /home}, {@code /api/v1/home}): counts of
 * what waits for them, with links to the queues, and the items they follow. Reads the other modules'
 * public facades only and changes nothing.
 */
package id.canting.workspace;
