/**
 * Exhibitors of an event: IKM owners apply while the event's call is open, officers of the IKM's
 * province endorse or decline, curators (admins) score on the event's criteria, a solver proposes the
 * selection that maximises the total score under the event's constraints, the curator overrides and
 * publishes, and selected exhibitors get a booth on the event's floor plan. Other modules read the
 * published exhibitors through {@link id.canting.event.exhibitor.ExhibitorFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exhibitors and curation")
package id.canting.event.exhibitor;
