package id.canting.development.internal;

/** How urgent a sentra's need is, as the officer and the sentra's management judge it. */
public enum NeedPriority {
	HIGH, MEDIUM, LOW
}
