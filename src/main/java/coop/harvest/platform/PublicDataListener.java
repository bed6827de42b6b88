package coop.harvest.platform;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Moves the {@link DataVersion} when an entity the public market reads is written (wired in META-INF/orm.xml). */
public class PublicDataListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        DataVersion.changing();
    }
}
