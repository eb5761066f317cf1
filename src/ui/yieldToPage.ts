/**
 * Gives the page back to the browser for a moment (input, painting), then carries on. A
 * message on a channel is used rather than setTimeout, which browsers clamp to 4 ms or more
 * once nested: long work paused every 30 ms would otherwise lose a tenth of its speed.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}
