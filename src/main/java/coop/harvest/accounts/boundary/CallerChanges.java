package coop.harvest.accounts.boundary;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Moves the {@link CallerCache}'s generation when an account or cooperative changes (wired in META-INF/orm.xml). */
public class CallerChanges {

    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CallerCache.changing();
    }
}
