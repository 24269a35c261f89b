// The hardware relay (scanners, RFID readers, smart cabinets, printers, sensors) runs as a worker
// per site; its device adapters arrive with the hardware issue. For now it is an empty host.
var builder = Host.CreateApplicationBuilder(args);
await builder.Build().RunAsync();
