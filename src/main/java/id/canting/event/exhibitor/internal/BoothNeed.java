package id.canting.event.exhibitor.internal;

/** What an exhibitor needs at the booth beyond the standard shell: power, an extra table, a mannequin, a rack, Wi-Fi. */
public enum BoothNeed {
	ELECTRICITY, EXTRA_TABLE, MANNEQUIN, CLOTHES_RACK, INTERNET
}
