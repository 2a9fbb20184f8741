package org.hallway.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Realistic WebRTC signalling payloads as JSON text: an offer and an answer of about 4 KB of SDP
 * (audio and video, the usual codecs and extensions) and host/srflx ICE candidates. Each carries
 * the sender's {@code System.nanoTime()} as {@code sentNanos}, so the receiver (same JVM) measures
 * the relay latency.
 */
final class SignalPayloads {

    static final int CANDIDATES = 20;

    private static final String OFFER_SDP = escape(sdp("offer"));
    private static final String ANSWER_SDP = escape(sdp("answer"));
    private static final List<String> CANDIDATE_JSON = candidates();

    private SignalPayloads() {
    }

    static String offer(String messageType) {
        return envelope(messageType, "{\"sdp\":{\"type\":\"offer\",\"sdp\":\"" + OFFER_SDP + "\"},\"sentNanos\":"
                + System.nanoTime() + "}");
    }

    static String answer(String messageType) {
        return envelope(messageType, "{\"sdp\":{\"type\":\"answer\",\"sdp\":\"" + ANSWER_SDP + "\"},\"sentNanos\":"
                + System.nanoTime() + "}");
    }

    static String candidate(String messageType, int i) {
        return envelope(messageType, "{\"candidate\":" + CANDIDATE_JSON.get(i) + ",\"sentNanos\":" + System.nanoTime() + "}");
    }

    static int offerBytes() {
        return offer("signal").length();
    }

    private static String envelope(String type, String data) {
        return "{\"type\":\"" + type + "\",\"data\":" + data + "}";
    }

    /** An SDP as Chrome writes it, trimmed to the common lines: about 4 KB. */
    private static String sdp(String kind) {
        var s = new StringBuilder();
        s.append("v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n")
                .append("a=group:BUNDLE 0 1\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS 5c8e3f2a-hallway\r\n");
        s.append("m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\nc=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\n");
        common(s, kind, "0");
        s.append("a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n")
                .append("a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time\r\n")
                .append("a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\n")
                .append("a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\na=sendrecv\r\n")
                .append("a=msid:5c8e3f2a-hallway 8d2b6c1e-audio\r\na=rtcp-mux\r\n")
                .append("a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n")
                .append("a=rtpmap:63 red/48000/2\r\na=fmtp:63 111/111\r\na=rtpmap:9 G722/8000\r\na=rtpmap:0 PCMU/8000\r\n")
                .append("a=rtpmap:8 PCMA/8000\r\na=rtpmap:13 CN/8000\r\na=rtpmap:110 telephone-event/48000\r\n")
                .append("a=rtpmap:126 telephone-event/8000\r\na=ssrc:3735928559 cname:hallwayLoadCname\r\n")
                .append("a=ssrc:3735928559 msid:5c8e3f2a-hallway 8d2b6c1e-audio\r\n");
        s.append("m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103 104 105 106 107 108 109 127 125 39 40 98 99 100 101\r\n")
                .append("c=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\n");
        common(s, kind, "1");
        s.append("a=extmap:14 urn:ietf:params:rtp-hdrext:toffset\r\n")
                .append("a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time\r\n")
                .append("a=extmap:13 urn:3gpp:video-orientation\r\n")
                .append("a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\n")
                .append("a=extmap:5 http://www.webrtc.org/experiments/rtp-hdrext/playout-delay\r\n")
                .append("a=extmap:6 http://www.webrtc.org/experiments/rtp-hdrext/video-content-type\r\n")
                .append("a=extmap:7 http://www.webrtc.org/experiments/rtp-hdrext/video-timing\r\n")
                .append("a=extmap:8 http://www.webrtc.org/experiments/rtp-hdrext/color-space\r\n")
                .append("a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\n")
                .append("a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id\r\n")
                .append("a=extmap:11 urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id\r\n")
                .append("a=sendrecv\r\na=msid:5c8e3f2a-hallway 0f1e2d3c-video\r\na=rtcp-mux\r\na=rtcp-rsize\r\n");
        String[][] codecs = {{"96", "VP8"}, {"98", "VP9"}, {"100", "VP9"}, {"102", "H264"}, {"104", "H264"},
            {"106", "H264"}, {"108", "H264"}};
        for (String[] c : codecs) {
            int rtx = Integer.parseInt(c[0]) + 1;
            s.append("a=rtpmap:").append(c[0]).append(' ').append(c[1]).append("/90000\r\n")
                    .append("a=rtcp-fb:").append(c[0]).append(" goog-remb\r\n")
                    .append("a=rtcp-fb:").append(c[0]).append(" transport-cc\r\n")
                    .append("a=rtcp-fb:").append(c[0]).append(" ccm fir\r\n")
                    .append("a=rtcp-fb:").append(c[0]).append(" nack\r\n")
                    .append("a=rtcp-fb:").append(c[0]).append(" nack pli\r\n");
            if (c[1].equals("H264")) {
                s.append("a=fmtp:").append(c[0])
                        .append(" level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n");
            }
            s.append("a=rtpmap:").append(rtx).append(" rtx/90000\r\n")
                    .append("a=fmtp:").append(rtx).append(" apt=").append(c[0]).append("\r\n");
        }
        s.append("a=ssrc-group:FID 2882400001 2882400002\r\n")
                .append("a=ssrc:2882400001 cname:hallwayLoadCname\r\na=ssrc:2882400002 cname:hallwayLoadCname\r\n");
        return s.toString();
    }

    private static void common(StringBuilder s, String kind, String mid) {
        s.append("a=ice-ufrag:Hx7q\r\na=ice-pwd:f3Ixq9Lk2rPz0VbN8sW4yTgD\r\na=ice-options:trickle\r\n")
                .append("a=fingerprint:sha-256 7B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:")
                .append("DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08\r\n")
                .append("a=setup:").append(kind.equals("offer") ? "actpass" : "active").append("\r\n")
                .append("a=mid:").append(mid).append("\r\n");
    }

    private static List<String> candidates() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            String type = i % 4 == 3 ? "srflx raddr 10.0.0.5 rport " + (50000 + i) : "host";
            String protocol = i % 2 == 0 ? "udp" : "tcp";
            String c = "candidate:" + (842163049L + i * 7919L) + " " + (1 + i % 2) + " " + protocol + " "
                    + (2122260223L - i * 1000L) + " 192.0.2." + (10 + i) + " " + (54000 + i) + " typ " + type
                    + " generation 0 ufrag Hx7q network-id " + (1 + i % 3) + " network-cost 10";
            list.add("{\"candidate\":\"" + c + "\",\"sdpMid\":\"" + (i % 2) + "\",\"sdpMLineIndex\":" + (i % 2)
                    + ",\"usernameFragment\":\"Hx7q\"}");
        }
        return List.copyOf(list);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n");
    }
}
