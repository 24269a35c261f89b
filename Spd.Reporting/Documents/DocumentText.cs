namespace Spd.Reporting.Documents;

/// <summary>
/// The words printed on delivery notes, dispatch notes and labels. Every property is required, so a label added later
/// cannot be left untranslated; <see cref="Chinese"/> is the default and <see cref="English"/> serves
/// foreign suppliers and joint-venture hospitals.
/// </summary>
public sealed record DocumentText
{
    public required string DeliveryNoteTitle { get; init; }

    public required string NoteNumber { get; init; }

    public required string Supplier { get; init; }

    public required string PurchaseOrders { get; init; }

    public required string DeliveryDate { get; init; }

    public required string Warehouse { get; init; }

    public required string Contact { get; init; }

    public required string LineNumber { get; init; }

    public required string ItemCode { get; init; }

    public required string ItemName { get; init; }

    public required string Specification { get; init; }

    public required string Model { get; init; }

    public required string Unit { get; init; }

    public required string Quantity { get; init; }

    public required string Lot { get; init; }

    public required string ProductionDate { get; init; }

    public required string ExpiryDate { get; init; }

    public required string RegistrationNumber { get; init; }

    public required string UnitPrice { get; init; }

    public required string Amount { get; init; }

    public required string Total { get; init; }

    public required string Deliverer { get; init; }

    public required string Inspector { get; init; }

    public required string SignedOn { get; init; }

    public required string PrintedAt { get; init; }

    /// <summary>Composite format of the page footer: {0} is the page, {1} the page count.</summary>
    public required string PageOfPages { get; init; }

    public required string Labels { get; init; }

    public required string DispatchNoteTitle { get; init; }

    public required string DispatchedAt { get; init; }

    public required string ReceivingDepartment { get; init; }

    public required string FromWarehouse { get; init; }

    public required string Receiver { get; init; }

    public required string RequisitionNumber { get; init; }

    public required string BoxCode { get; init; }

    public required string DueBy { get; init; }

    public required string UnitCode { get; init; }

    /// <summary>Composite format after a substitute's name: {0} is the requisitioned item it stands in for.</summary>
    public required string SubstituteFor { get; init; }

    public required string Issuer { get; init; }

    public required string Signer { get; init; }

    /// <summary>The copies (联) of the dispatch note, each printed on its own page with this label.</summary>
    public required IReadOnlyList<string> DispatchNoteCopies { get; init; }

    public static DocumentText Chinese { get; } = new()
    {
        DeliveryNoteTitle = "配送单",
        NoteNumber = "单号",
        Supplier = "供应商",
        PurchaseOrders = "采购单号",
        DeliveryDate = "配送日期",
        Warehouse = "收货库房",
        Contact = "联系人",
        LineNumber = "序号",
        ItemCode = "物资编码",
        ItemName = "名称",
        Specification = "规格",
        Model = "型号",
        Unit = "单位",
        Quantity = "数量",
        Lot = "批号",
        ProductionDate = "生产日期",
        ExpiryDate = "有效期至",
        RegistrationNumber = "注册证号",
        UnitPrice = "单价",
        Amount = "金额",
        Total = "合计",
        Deliverer = "送货人",
        Inspector = "验收人",
        SignedOn = "日期",
        PrintedAt = "打印时间",
        PageOfPages = "第 {0} 页 / 共 {1} 页",
        Labels = "标签",
        DispatchNoteTitle = "出库单",
        DispatchedAt = "出库时间",
        ReceivingDepartment = "收货科室",
        FromWarehouse = "发货库房",
        Receiver = "收货人",
        RequisitionNumber = "申领单号",
        BoxCode = "周转箱",
        DueBy = "送达时限",
        UnitCode = "条码",
        SubstituteFor = "（替代 {0}）",
        Issuer = "发货人",
        Signer = "签收人",
        DispatchNoteCopies = ["第一联 存根（仓库留存）", "第二联 科室留存", "第三联 回执（签收后返回仓库）"],
    };

    public static DocumentText English { get; } = new()
    {
        DeliveryNoteTitle = "Delivery note",
        NoteNumber = "Note no.",
        Supplier = "Supplier",
        PurchaseOrders = "Purchase orders",
        DeliveryDate = "Delivery date",
        Warehouse = "Warehouse",
        Contact = "Contact",
        LineNumber = "No.",
        ItemCode = "Item code",
        ItemName = "Name",
        Specification = "Specification",
        Model = "Model",
        Unit = "Unit",
        Quantity = "Qty",
        Lot = "Lot",
        ProductionDate = "Produced",
        ExpiryDate = "Expiry",
        RegistrationNumber = "Registration no.",
        UnitPrice = "Unit price",
        Amount = "Amount",
        Total = "Total",
        Deliverer = "Delivered by",
        Inspector = "Received by",
        SignedOn = "Date",
        PrintedAt = "Printed",
        PageOfPages = "Page {0} of {1}",
        Labels = "Labels",
        DispatchNoteTitle = "Dispatch note",
        DispatchedAt = "Dispatched",
        ReceivingDepartment = "Department",
        FromWarehouse = "From",
        Receiver = "Receiver",
        RequisitionNumber = "Requisition",
        BoxCode = "Box",
        DueBy = "Due by",
        UnitCode = "Code",
        SubstituteFor = " (instead of {0})",
        Issuer = "Issued by",
        Signer = "Signed for by",
        DispatchNoteCopies = ["Copy 1 of 3: warehouse", "Copy 2 of 3: department", "Copy 3 of 3: return signed to the warehouse"],
    };
}
