package id.canting.imports;

/** Where an import job stands. Only READY can be committed; DONE and FAILED are final. */
public enum ImportStatus {
	VALIDATING, READY, COMMITTING, DONE, FAILED;

	public boolean running() {
		return this == VALIDATING || this == COMMITTING;
	}
}
