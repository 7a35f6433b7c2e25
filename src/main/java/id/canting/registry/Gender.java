package id.canting.registry;

/** The owner's gender, recorded to report the share of women-owned IKM. */
public enum Gender {
	FEMALE, MALE
}
