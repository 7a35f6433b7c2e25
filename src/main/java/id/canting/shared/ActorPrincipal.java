package id.canting.shared;

/** A signed-in principal that can say which {@link Actor} it is; the account module provides it. */
public interface ActorPrincipal {

	Actor actor();
}
