package coop.harvest.messaging.boundary;

import org.jsmpp.bean.DataCoding;

/** A data_coding byte as is: 0x00 (SMSC default alphabet, GSM) or 0x08 (UCS-2). */
record RawDataCoding(byte value) implements DataCoding {

    @Override
    public byte toByte() {
        return value;
    }
}
