package id.canting.imports;

/**
 * Where an import job stands. A job waits QUEUED while the node's validations are busy; only READY
 * can be committed; DONE and FAILED are final.
 */
public enum ImportStatus {
	QUEUED, VALIDATING, READY, COMMITTING, DONE, FAILED;

	public boolean running() {
		return this == QUEUED || this == VALIDATING || this == COMMITTING;
	}
}
