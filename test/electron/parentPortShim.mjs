// Loaded with --import into a forked Node child: makes it look like an Electron utility process,
// whose only channel to its parent is process.parentPort (messages arrive as { data }).
const send = process.send.bind(process);
process.parentPort = {
  on(event, listener) {
    process.on(event, (data) => listener({ data, ports: [] }));
    return this;
  },
  postMessage: (message) => send(message),
};
