/**
 * Business matching at an event: buyers (retailers, exporters, hotels, travel and Hajj-uniform buyers,
 * government buyers) and sellers (the event's exhibitors and other IKM who opt in) find each other,
 * request one-to-one meetings that the other side accepts or declines, meet in slots of the event's
 * business-matching sessions and report afterwards what came of the meetings. Other modules react to
 * the published events ({@link id.canting.matching.MeetingRequestAccepted},
 * {@link id.canting.matching.MeetingCancelled}, …); the rest is in {@code internal/} and {@code web/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business matching")
package id.canting.matching;
