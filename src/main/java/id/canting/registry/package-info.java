/**
 * The registry of batik IKM (small and medium enterprises) and sentra (industry centres): who they
 * are, where, what they make and with how many workers. Other modules read it through
 * {@link id.canting.registry.IkmManagement}, {@link id.canting.registry.SentraManagement},
 * {@link id.canting.registry.RegistryQueries}, {@link id.canting.registry.SentraQueries} and
 * {@link id.canting.registry.RegistryFigures} (and exports through
 * {@link id.canting.registry.internal.RegistryExports}), files semester reports through
 * {@link id.canting.registry.SemesterReports}, and react to its events.
 */
package id.canting.registry;
