/**
 * The registry of batik IKM (small and medium enterprises) and sentra (industry centres): who they
 * are, where, what they make and with how many workers. Other modules read it through
 * {@link id.canting.registry.IkmManagement}, {@link id.canting.registry.SentraManagement},
 * {@link id.canting.registry.RegistryQueries}, {@link id.canting.registry.SentraQueries} and
 * {@link id.canting.registry.RegistryFigures}, file semester reports through
 * {@link id.canting.registry.SemesterReports}, and react to its events (the named interface
 * {@code registry.events}). The rest is in {@code internal/} and {@code web/}.
 */
package id.canting.registry;

import id.canting.registry.reports.SemesterReports;
