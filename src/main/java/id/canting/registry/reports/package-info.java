/**
 * Semester reports: an IKM's workers and output per semester, as owners report them and officers
 * review them. A named interface of the registry: imports and statistics use it.
 */
@org.springframework.modulith.NamedInterface("reports")
package id.canting.registry.reports;
