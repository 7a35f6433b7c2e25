package id.canting.event;

/**
 * What a session of an event is: a focus-group discussion (FGD), a hands-on workshop, a talk, a
 * business-matching block, or the opening.
 */
public enum SessionKind {
	FGD, WORKSHOP, TALK, BUSINESS_MATCHING, OPENING
}
