package se.accessiblenav.voice.api;

import java.util.List;

/**
 * A call for help the server took.
 *
 * @param id the call's id
 * @param updateKey the key that lets this client move, read and cancel the call
 * @param shareUrl the live page the contacts were sent
 * @param words where the walker is, in words
 * @param contacts who is being told
 */
public record HelpCall(String id, String updateKey, String shareUrl, String words, List<String> contacts) {
    public HelpCall {
        contacts = List.copyOf(contacts);
    }
}
