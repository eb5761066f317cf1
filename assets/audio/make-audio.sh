#!/bin/sh
# Regenerates every sound in this folder with SoX 14.4 (no samples, no downloads).
# Run from this folder: sh make-audio.sh
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
R=22050

# --- UI sprite: three cues in one file, each in a fixed slot (offsets in soundCatalogue.ts).
# choose (0-250 ms): a soft click, a very short damped sine.
sox -n -r $R -c 1 "$tmp/choose.wav" synth 0.06 sine 1200 fade q 0.002 0.06 0.055 gain -14 pad 0 0.19
# part-end (250-1450 ms): a gentle rising two-note chime (E5 then A5), overlapping tails.
sox -n -r $R -c 1 "$tmp/note1.wav" synth 0.7 sine 659.25 fade q 0.01 0.7 0.65 gain -12
sox -n -r $R -c 1 "$tmp/note2.wav" synth 0.8 sine 880 fade q 0.01 0.8 0.75 gain -12 pad 0.3
sox -m "$tmp/note1.wav" "$tmp/note2.wav" "$tmp/chime.wav" pad 0 0.1
# refusal (1450-2050 ms): a low, soft, short tone that falls slightly.
sox -n -r $R -c 1 "$tmp/refusal.wav" synth 0.4 sine 260-220 fade h 0.05 0.4 0.2 gain -12 pad 0 0.2
sox "$tmp/choose.wav" "$tmp/chime.wav" "$tmp/refusal.wav" "$tmp/ui.wav"
sox "$tmp/ui.wav" -C 3 ui-sprite.ogg
sox "$tmp/ui.wav" -C 48 ui-sprite.mp3

# --- Ambience: 8 seconds of very quiet filtered brown noise with a slow tremolo, a
# different colour per setting, faded at both ends so the loop has no click.
ambience() {
  name=$1; shift
  sox -n -r $R -c 1 "$tmp/$name.wav" synth 8 brownnoise "$@" fade h 0.5 8 0.5 norm -30
  sox "$tmp/$name.wav" -C 0 "ambience-$name.ogg"
  sox "$tmp/$name.wav" -C 32 "ambience-$name.mp3"
}
ambience office         lowpass 900  highpass 120 tremolo 0.25 20
ambience family-home    lowpass 600  highpass 80  tremolo 0.5 30
ambience foster-home    lowpass 700  highpass 90  tremolo 0.375 25
ambience court          lowpass 400  highpass 60  reverb 60 tremolo 0.125 15
ambience contact-centre lowpass 1200 highpass 150 tremolo 0.75 25
